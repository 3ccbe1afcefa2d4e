/**
 * Interoperability: the public REST API v1, FHIR R4 export and import ({@code interop.fhir}) and, later, CSV. It
 * translates between the outside world and the public services of the other modules; the only data it owns are the
 * EHR's identifiers a FHIR import matched.
 */
@NullMarked
package nl.afsluitwijzer.interop;

import org.jspecify.annotations.NullMarked;
