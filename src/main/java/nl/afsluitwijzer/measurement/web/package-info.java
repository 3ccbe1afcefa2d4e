/**
 * The measurements panel on the treatment page, the page to enter a measurement (with its htmx band preview)
 * and POST /api/v1/treatments/{id}/measurements.
 */
@NullMarked
package nl.afsluitwijzer.measurement.web;

import org.jspecify.annotations.NullMarked;
