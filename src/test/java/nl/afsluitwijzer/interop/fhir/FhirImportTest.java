package nl.afsluitwijzer.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hl7.fhir.r4.model.Encounter.EncounterStatus.CANCELLED;
import static org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.jayway.jsonpath.JsonPath;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * POST /api/v1/fhir: a transaction Bundle from the EHR starts or updates the caller's treatment; the same bundle
 * again changes nothing; a bundle with an error anywhere is refused whole with an OperationOutcome naming the entry
 * and field, and nothing of it is stored.
 */
@IntegrationTest
class FhirImportTest {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    @Autowired
    MockMvc mvc;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewEpisodeStartsATreatmentWithItsSessionsAndMeasurements() throws Exception {
        String reference = unique("NEW");
        EhrBundle bundle = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .encounter(reference + "-e2", "2026-01-12", CANCELLED)
                .total(reference + "-o1", "44261-6", "2026-01-05", 14, "urn:uuid:encounter-" + reference + "-e1")
                .answers(reference + "-q1", "GAD7", "2026-01-05", 2, 2, 1, 1, 0, 0, 1);
        String answer = send("behandelaar", bundle)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
                .andExpect(jsonPath("$.resourceType").value("Bundle"))
                .andExpect(jsonPath("$.type").value("transaction-response"))
                .andExpect(jsonPath("$.entry", hasSize(6)))
                .andExpect(jsonPath("$.entry[1].response.status").value("201 Created"))
                .andExpect(jsonPath("$.entry[2].response.location").value(containsString("Encounter/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = treatmentIdIn(answer);
        treatment("behandelaar", id)
                .andExpect(jsonPath("$.phase").value("TREATMENT"))
                .andExpect(jsonPath("$.startDate").value("2026-01-05"))
                .andExpect(jsonPath("$.sessions", hasSize(2)))
                .andExpect(jsonPath("$.attendedSessions").value(1))
                .andExpect(jsonPath("$.measurements", hasSize(2)));
        assertThat(jdbc.sql("SELECT instrument, total FROM measurement WHERE treatment_id = ? ORDER BY instrument")
                        .param(id)
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list())
                .containsExactly("GAD7=7", "PHQ9=14");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE treatment_id = ? AND action = 'CREATE'", id))
                .as("the treatment and its two measurements, audited as the API's own writes")
                .isEqualTo(3);
        assertThat(R4Validator.errors(fhir, answer)).isEmpty();
    }

    @Test
    void theSameBundleAgainChangesNothingAndOneMoreEncounterAddsOneSession() throws Exception {
        String reference = unique("AGAIN");
        EhrBundle first = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .total(reference + "-o1", "70274-6", "2026-01-05", 12, "urn:uuid:encounter-" + reference + "-e1");
        long id = treatmentIdIn(send("behandelaar", first)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        int version = version(id);
        int audited = count("SELECT COUNT(*) FROM audit_entry WHERE treatment_id = ? AND action <> 'VIEW'", id);

        send("behandelaar", first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry[1].response.location").value("EpisodeOfCare/" + id))
                .andExpect(jsonPath("$.entry[1].response.status").value("200 OK"))
                .andExpect(jsonPath("$.entry[2].response.status").value("200 OK"))
                .andExpect(jsonPath("$.entry[3].response.status").value("200 OK"));
        assertThat(version(id)).as("nothing changed").isEqualTo(version);
        assertThat(count("SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ?", id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?", id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE treatment_id = ? AND action <> 'VIEW'", id))
                .isEqualTo(audited);

        EhrBundle more = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .total(reference + "-o1", "70274-6", "2026-01-05", 12, "urn:uuid:encounter-" + reference + "-e1")
                .encounter(reference + "-e2", "2026-01-19", FINISHED);
        send("behandelaar", more)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry[2].response.status").value("200 OK"))
                .andExpect(jsonPath("$.entry[4].response.status").value("201 Created"));
        treatment("behandelaar", id)
                .andExpect(jsonPath("$.sessions", hasSize(2)))
                .andExpect(jsonPath("$.sessions[1].date").value("2026-01-19"))
                .andExpect(jsonPath("$.measurements", hasSize(1)));
    }

    @Test
    void aWrongLoincCodeIsRefusedNamingTheEntryAndNothingIsStored() throws Exception {
        String reference = unique("LOINC");
        EhrBundle bundle = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .total(reference + "-o1", "44249-1", "2026-01-05", 14, "urn:uuid:encounter-" + reference + "-e1");
        send("behandelaar", bundle).andExpect(refused(422, "Bundle.entry[3].resource.code.coding[0]", "44249-1"));
        assertNothingStoredFor(reference);
    }

    @Test
    void aScoreOutOfRangeIsRefusedAsTheMeasurementApiRefusesItAndTheSessionsBeforeItAreRolledBack() throws Exception {
        String reference = unique("RANGE");
        EhrBundle fresh = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .total(reference + "-o1", "44261-6", "2026-01-05", 30, "urn:uuid:encounter-" + reference + "-e1");
        send("behandelaar", fresh).andExpect(refused(422, "Bundle.entry[3].resource.valueQuantity", "30", "27"));
        assertNothingStoredFor(reference);

        // an existing treatment: the new encounter before the refused score is not kept either
        long id = treatmentIdIn(send("behandelaar", new EhrBundle(reference, reference, "2026-01-05"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        int version = version(id);
        EhrBundle update = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .answers(reference + "-q1", "PHQ9", "2026-01-05", 1, 1, 1, 1, 1, 1, 1, 1, 4);
        send("behandelaar", update).andExpect(refused(422, "Bundle.entry[3].resource.item[8].answer[0]", "9"));
        assertThat(count("SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ?", id))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM fhir_imported_identifier WHERE treatment_id = ?", id))
                .isEqualTo(1);
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void anUnknownReferenceIsRefusedNamingTheField() throws Exception {
        String reference = unique("REF");
        EhrBundle bundle = new EhrBundle(reference, reference, "2026-01-05")
                .encounter(reference + "-e1", "2026-01-05", FINISHED)
                .total(reference + "-o1", "44261-6", "2026-01-05", 9, "urn:uuid:no-such-encounter");
        send("behandelaar", bundle)
                .andExpect(refused(422, "Bundle.entry[3].resource.encounter", "urn:uuid:no-such-encounter"));
        ((Observation) bundle.resource(3))
                .setEncounter(new Reference("urn:uuid:encounter-" + reference + "-e1"))
                .setSubject(new Reference("Patient/elsewhere"));
        send("behandelaar", bundle).andExpect(refused(422, "Bundle.entry[3].resource.subject", "Patient/elsewhere"));
        assertNothingStoredFor(reference);
    }

    @Test
    void anotherTherapistsClientIsRefusedWithoutRevealingTheTreatment() throws Exception {
        String reference = unique("OTHER");
        send("behandelaar2", new EhrBundle(reference, reference, "2026-01-05")).andExpect(status().isOk());
        int sessions = count(
                "SELECT COUNT(*) FROM treatment_session s JOIN treatment t ON t.id = s.treatment_id"
                        + " JOIN client c ON c.id = t.client_id WHERE c.reference = ?",
                reference);

        // the same EpisodeOfCare: its treatment is not the caller's
        send(
                        "behandelaar",
                        new EhrBundle(reference, reference, "2026-01-05")
                                .encounter(reference + "-e1", "2026-01-05", FINISHED))
                .andExpect(refused(422, "Bundle.entry[1].resource.identifier", reference));
        // another episode of the same client: the client is another therapist's
        send(
                        "behandelaar",
                        new EhrBundle(reference, reference + "-b", "2026-01-05")
                                .encounter(reference + "-e2", "2026-01-05", FINISHED))
                .andExpect(refused(422, "Bundle.entry[0].resource.identifier"));
        assertThat(count(
                        "SELECT COUNT(*) FROM treatment_session s JOIN treatment t ON t.id = s.treatment_id"
                                + " JOIN client c ON c.id = t.client_id WHERE c.reference = ?",
                        reference))
                .isEqualTo(sessions);
        assertThat(count(
                        "SELECT COUNT(*) FROM treatment t JOIN client c ON c.id = t.client_id"
                                + " WHERE c.reference = ?",
                        reference))
                .isEqualTo(1);
    }

    @Test
    void whoMayImport() throws Exception {
        String reference = unique("WHO");
        EhrBundle bundle = new EhrBundle(reference, reference, "2026-01-05");
        send(null, bundle).andExpect(status().isUnauthorized());
        send("beheer", bundle).andExpect(status().isForbidden());
        assertNothingStoredFor(reference);
        send("manager", bundle).andExpect(status().isOk());
        send("behandelaar", new EhrBundle(unique("WHO2"), unique("WHO2"), "2026-01-05"))
                .andExpect(status().isOk());
    }

    @Test
    void whatIsNoTransactionBundleIsA400WithAnOperationOutcome() throws Exception {
        String reference = unique("FORM");
        String collection = new EhrBundle(reference, reference, "2026-01-05")
                .json(fhir)
                .replace("\"transaction\"", "\"collection\"");
        sendJson("behandelaar", collection).andExpect(refused(400, "Bundle.type", "transaction"));
        sendJson("behandelaar", "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"colour\": 1}")
                .andExpect(refused(400, "Bundle", "colour"));
        sendJson("behandelaar", "not json").andExpect(refused(400, "Bundle"));
        mvc.perform(post("/api/v1/fhir")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .header("Accept-Language", "en")
                        .contentType(FHIR_JSON)
                        .content(collection))
                .andExpect(jsonPath("$.issue[0].diagnostics").value(containsString("Send a Bundle of type")));
        assertNothingStoredFor(reference);
    }

    @Test
    void theReadmeExampleImportsAndTheOpenApiDocumentDescribesBothEndpoints() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Koppelen met het EPD"));
        String example = section.substring(
                section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json") + 7));
        String reference = unique("README");
        String answer = sendJson(
                        "behandelaar",
                        example.replace("EPD-4711", reference)
                                .replace("T-88", reference)
                                .replace("\"A-1\"", "\"" + reference + "-A\"")
                                .replace("\"S-1\"", "\"" + reference + "-S\""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = treatmentIdIn(answer);
        treatment("behandelaar", id)
                .andExpect(jsonPath("$.sessions", hasSize(1)))
                .andExpect(jsonPath("$.measurements[0].total").value(14));
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/fhir'].post").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/treatments/{id}/fhir'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/fhir/Questionnaire/{code}'].get")
                        .exists());
    }

    private void assertNothingStoredFor(String reference) {
        assertThat(count("SELECT COUNT(*) FROM client WHERE reference = ?", reference))
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fhir_imported_identifier WHERE identifier_value LIKE ?")
                        .param(reference + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static ResultMatcher refused(int status, String expression, String... mentions) {
        return result -> {
            status().is(status).match(result);
            content().contentTypeCompatibleWith(FHIR_JSON).match(result);
            jsonPath("$.resourceType").value("OperationOutcome").match(result);
            jsonPath("$.issue[0].severity").value("error").match(result);
            jsonPath("$.issue[0].expression[0]").value(expression).match(result);
            for (String mention : mentions) {
                jsonPath("$.issue[0].diagnostics")
                        .value(containsString(mention))
                        .match(result);
            }
        };
    }

    private ResultActions send(String user, EhrBundle bundle) throws Exception {
        return sendJson(user, bundle.json(fhir));
    }

    private ResultActions sendJson(String user, String json) throws Exception {
        var request =
                post("/api/v1/fhir").contentType(FHIR_JSON).accept(FHIR_JSON).content(json);
        return mvc.perform(user == null ? request : request.header("Authorization", Api.bearer(mvc, user)));
    }

    private ResultActions treatment(String user, long id) throws Exception {
        return mvc.perform(get("/api/v1/treatments/" + id).header("Authorization", Api.bearer(mvc, user)))
                .andExpect(status().isOk());
    }

    private static long treatmentIdIn(String transactionResponse) {
        String location = JsonPath.read(transactionResponse, "$.entry[1].response.location");
        assertThat(location).startsWith("EpisodeOfCare/");
        return Long.parseLong(location.substring("EpisodeOfCare/".length()));
    }

    private int version(long id) {
        return count("SELECT version FROM treatment WHERE id = ?", id);
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }

    private static String unique(String what) {
        return "EPD-" + what + "-" + System.nanoTime();
    }
}
