/** The caseload, the signals panel on the treatment page, acknowledging, the Bronnen page and the signals API. */
package nl.afsluitwijzer.signal.web;
