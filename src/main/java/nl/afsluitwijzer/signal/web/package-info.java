/** The caseload, the signals panel on the treatment page, acknowledging, the Bronnen page and the signals API. */
@NullMarked
package nl.afsluitwijzer.signal.web;

import org.jspecify.annotations.NullMarked;
