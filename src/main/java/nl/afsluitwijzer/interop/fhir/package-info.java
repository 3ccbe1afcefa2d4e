/**
 * FHIR R4 (docs/fhir.md): the export of a treatment as a Bundle, the questionnaires as Questionnaire resources, and
 * the import of a transaction Bundle from the EHR. It goes through the treatment and measurement modules' services
 * (access, rules, audit) and owns only the table of the EHR's identifiers it matched, so a re-import changes nothing.
 */
@NullMarked
package nl.afsluitwijzer.interop.fhir;

import org.jspecify.annotations.NullMarked;
