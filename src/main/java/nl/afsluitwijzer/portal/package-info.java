/**
 * Client links and pages: a personal, expiring, single-use link through which a client fills in
 * questionnaires on a phone without an account. The link only collects; it shows no health data.
 */
@NullMarked
package nl.afsluitwijzer.portal;

import org.jspecify.annotations.NullMarked;
