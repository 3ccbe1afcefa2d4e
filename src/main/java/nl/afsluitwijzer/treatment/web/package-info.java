/** Pages of the treatment module: caseload list, registration, the treatment page and its forms. */
@NullMarked
package nl.afsluitwijzer.treatment.web;

import org.jspecify.annotations.NullMarked;
