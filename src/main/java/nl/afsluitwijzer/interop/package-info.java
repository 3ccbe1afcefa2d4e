/**
 * Interoperability: the public REST API v1 and, later, FHIR R4 and CSV. It owns no data; it translates
 * between the outside world and the public services of the other modules.
 */
@NullMarked
package nl.afsluitwijzer.interop;

import org.jspecify.annotations.NullMarked;
