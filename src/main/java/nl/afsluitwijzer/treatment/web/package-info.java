/** Pages of the treatment module: caseload list, registration, the treatment page and its forms. */
package nl.afsluitwijzer.treatment.web;
