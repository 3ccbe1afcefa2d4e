package nl.afsluitwijzer.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.SpokenLanguages;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/fhir}: a FHIR R4 transaction Bundle from the EHR (docs/fhir.md), answered with a
 * transaction-response Bundle, or refused whole with 400 or 422 and an OperationOutcome whose issue names the entry
 * and field ({@code expression}) with a message in the caller's language (Dutch unless Accept-Language asks for
 * English). Authentication, roles and 404s for treatments the caller may not see are those of the whole API.
 */
@RestController
@Tag(name = "FHIR")
class FhirImportController {

    private final FhirContext fhir;
    private final FhirImport imports;
    private final MessageSource messages;

    FhirImportController(FhirContext fhir, FhirImport imports, MessageSource messages) {
        this.fhir = fhir;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(
            path = "/api/v1/fhir",
            consumes = {FhirCodes.FHIR_JSON, "application/json"},
            produces = {FhirCodes.FHIR_JSON, "application/json"})
    @Operation(
            summary =
                    "Import a FHIR R4 Bundle of type transaction from the EHR: Patient (client reference),"
                            + " EpisodeOfCare (with the EHR's identifier), Encounters and Observations/QuestionnaireResponses. Creates"
                            + " or updates the caller's treatment; sending the same bundle again changes nothing (docs/fhir.md)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "a Bundle of type" + " transaction",
                            content = @Content(mediaType = FhirCodes.FHIR_JSON)),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "a Bundle of type transaction-response; the"
                                + " EpisodeOfCare's entry has response.location EpisodeOfCare/{treatment id}",
                        content = @Content(mediaType = FhirCodes.FHIR_JSON)),
                @ApiResponse(
                        responseCode = "400",
                        description = "no FHIR R4 JSON, or no Bundle of type transaction:" + " an OperationOutcome",
                        content = @Content(mediaType = FhirCodes.FHIR_JSON)),
                @ApiResponse(
                        responseCode = "422",
                        description = "refused whole, nothing stored: an OperationOutcome"
                                + " naming the entry and field in issue.expression",
                        content = @Content(mediaType = FhirCodes.FHIR_JSON))
            })
    ResponseEntity<String> importBundle(@RequestBody String body) {
        Bundle bundle;
        try {
            bundle = parser().parseResource(Bundle.class, body);
        } catch (DataFormatException e) {
            throw new BundleRefused(
                    HttpStatus.BAD_REQUEST, "Bundle", "interop.fhir.parse", String.valueOf(e.getMessage()));
        }
        return answer(HttpStatus.OK, imports.run(CurrentUser.require(), bundle));
    }

    @ExceptionHandler(BundleRefused.class)
    ResponseEntity<String> refused(BundleRefused refused, HttpServletRequest request) {
        Locale locale = SpokenLanguages.ofAcceptLanguage(request);
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(refused.status() == HttpStatus.BAD_REQUEST ? IssueType.STRUCTURE : IssueType.BUSINESSRULE)
                .setDiagnostics(
                        messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale))
                .addExpression(refused.expression());
        return answer(refused.status(), outcome);
    }

    private ResponseEntity<String> answer(HttpStatus status, IBaseResource resource) {
        return ResponseEntity.status(status)
                .contentType(FhirCodes.FHIR_JSON_TYPE)
                .body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }

    private IParser parser() {
        return fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }
}
