/**
 * Interoperability, the cross-module formats: FHIR R4 export and import ({@code interop.fhir}), the agenda import and
 * export, and the REST API's treatment resource ({@code interop.api}), which spans treatment, measurement and
 * evaluation. It
 * translates between the outside world and the public services of the other modules; the only data it owns are the
 * EHR's identifiers a FHIR import matched.
 */
@NullMarked
package nl.afsluitwijzer.interop;

import org.jspecify.annotations.NullMarked;
