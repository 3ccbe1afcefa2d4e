package nl.afsluitwijzer.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The FHIR R4 export of one treatment (a collection Bundle, docs/fhir.md) and the questionnaires its
 * QuestionnaireResponses point to. Reading the treatment checks access as every API read does (404 for a treatment
 * the caller may not see); the export itself is audit-logged as EXPORT.
 */
@RestController
@Tag(name = "FHIR")
class FhirExportController {

    static final String OBJECT = "FHIR_BUNDLE";

    private final FhirContext fhir;
    private final Treatments treatments;
    private final Measurements measurements;
    private final InstrumentCatalog instruments;
    private final PracticeNames practices;
    private final UserAdministration users;
    private final ImportedIdentifiers identifiers;
    private final AuditLog audit;

    FhirExportController(
            FhirContext fhir,
            Treatments treatments,
            Measurements measurements,
            InstrumentCatalog instruments,
            PracticeNames practices,
            UserAdministration users,
            ImportedIdentifiers identifiers,
            AuditLog audit) {
        this.fhir = fhir;
        this.treatments = treatments;
        this.measurements = measurements;
        this.instruments = instruments;
        this.practices = practices;
        this.users = users;
        this.identifiers = identifiers;
        this.audit = audit;
    }

    @GetMapping(
            path = "/api/v1/treatments/{id}/fhir",
            produces = {FhirCodes.FHIR_JSON, "application/json"})
    @Transactional
    @Operation(
            summary = "The treatment as a FHIR R4 Bundle of type collection (docs/fhir.md): Patient, Organization,"
                    + " Practitioner, EpisodeOfCare, CarePlan, Goals, an Encounter per session, a QuestionnaireResponse and an"
                    + " Observation per measurement. Audit-logged as EXPORT.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "a Bundle of type collection",
                            content = @Content(mediaType = FhirCodes.FHIR_JSON)))
    ResponseEntity<String> export(@PathVariable Long id) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        Treatment treatment = file.treatment();
        List<MeasurementRecord> recorded =
                measurements.forTreatments(List.of(id)).getOrDefault(id, List.of());
        String practiceName = practices.of(treatment.getPracticeId()).orElse("");
        String therapistName = users.find(treatment.getPracticeId(), treatment.getTherapistId())
                .map(UserAccount::getDisplayName)
                .orElse("");
        TreatmentBundle.Parts parts =
                new TreatmentBundle.Parts(file, recorded, practiceName, therapistName, identifiers.of(id), base());
        String body = json(TreatmentBundle.of(parts, instruments));
        audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT, id)
                .forClient(file.client().getReference(), id));
        return ResponseEntity.ok().contentType(FhirCodes.FHIR_JSON_TYPE).body(body);
    }

    @GetMapping(
            path = "/api/v1/fhir/Questionnaire/{code}",
            produces = {FhirCodes.FHIR_JSON, "application/json"})
    @Operation(
            summary = "An instrument as a FHIR R4 Questionnaire; its URL is the canonical URL that exported"
                    + " QuestionnaireResponses name in 'questionnaire'",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "a Questionnaire",
                            content = @Content(mediaType = FhirCodes.FHIR_JSON)))
    ResponseEntity<String> questionnaire(@PathVariable String code) {
        var instrument = instruments
                .find(code)
                .orElseThrow(() -> DomainException.notFound("interop.fhir.questionnaire.not-found", code));
        return ResponseEntity.ok()
                .contentType(FhirCodes.FHIR_JSON_TYPE)
                .body(json(Questionnaires.of(instrument, base())));
    }

    private String json(IBaseResource resource) {
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** The application's address as the request reached it: the base of the canonical questionnaire URLs. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
