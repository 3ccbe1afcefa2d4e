package nl.afsluitwijzer.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * GET /api/v1/treatments/{id}/fhir and GET /api/v1/fhir/Questionnaire/{code}: every demo treatment exports as a
 * Bundle that HAPI's validator finds no error in (R4 core), with an Encounter per session and an Observation and a
 * QuestionnaireResponse per measurement; who may export, and the EXPORT entry in the audit log.
 */
@IntegrationTest
class FhirExportTest {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    @Autowired
    MockMvc mvc;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoTreatmentExportsAValidBundleWithAnEncounterPerSessionAndAnObservationPerMeasurement()
            throws Exception {
        List<Long> demo = jdbc.sql("""
                SELECT t.id FROM treatment t JOIN client c ON c.id = t.client_id
                WHERE c.reference LIKE 'DW-%' ORDER BY t.id""").query(Long.class).list();
        assertThat(demo).hasSizeGreaterThan(20);
        int measured = 0;
        for (Long id : demo) {
            String json = export("manager", id)
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(R4Validator.errors(fhir, json))
                    .as("errors in the bundle of treatment %d", id)
                    .isEmpty();
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
            assertThat(bundle.getType()).isEqualTo(BundleType.COLLECTION);
            Map<String, Long> counts = bundle.getEntry().stream()
                    .map(e -> e.getResource().fhirType())
                    .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            int sessions = count("SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ?", id);
            int measurements = count("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?", id);
            assertThat(counts.getOrDefault("Encounter", 0L))
                    .as("encounters of %d", id)
                    .isEqualTo(sessions);
            assertThat(counts.getOrDefault("Observation", 0L))
                    .as("observations of %d", id)
                    .isEqualTo(measurements);
            assertThat(counts.getOrDefault("QuestionnaireResponse", 0L)).isEqualTo(measurements);
            assertThat(counts)
                    .containsEntry("Patient", 1L)
                    .containsEntry("EpisodeOfCare", 1L)
                    .containsEntry("Organization", 1L)
                    .containsEntry("Practitioner", 1L)
                    .containsEntry("CarePlan", 1L);
            measured += measurements;
        }
        assertThat(measured).as("the demo has measurements to export").isPositive();
    }

    @Test
    void itemAnswersExportAsAQuestionnaireResponseWithTheTotalDerivedFromIt() throws Exception {
        String reference = "FHIR-X-" + System.nanoTime();
        String created = post("behandelaar", "/api/v1/treatments", """
                {"clientReference": "%s", "startDate": "2026-01-05", "helpQuestion": "Sleep again",
                 "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9", "goals": [{"description": "Sleep"}]}""".formatted(reference))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        post("behandelaar", "/api/v1/treatments/" + id + "/sessions", """
                {"date": "2026-01-12", "kind": "TREATMENT", "attended": false}""").andExpect(status().isCreated());
        post("behandelaar", "/api/v1/treatments/" + id + "/measurements", """
                {"instrument": "PHQ9", "date": "2026-01-12", "answers": [3, 2, 2, 1, 1, 1, 0, 0, 1]}""").andExpect(status().isCreated());
        String json = export("behandelaar", id)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(R4Validator.errors(fhir, json)).isEmpty();
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
        QuestionnaireResponse response =
                resources(bundle, QuestionnaireResponse.class).get(0);
        assertThat(response.getItem()).hasSize(9);
        assertThat(response.getItem()
                        .get(0)
                        .getAnswerFirstRep()
                        .getValueCoding()
                        .getCode())
                .isEqualTo("3");
        Observation total = resources(bundle, Observation.class).get(0);
        assertThat(total.getValueQuantity().getValue().intValue()).isEqualTo(11);
        assertThat(total.getComponentFirstRep()
                        .getValueCodeableConcept()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("MODERATE");
        assertThat(resources(bundle, Encounter.class).get(0).getStatus())
                .isEqualTo(Encounter.EncounterStatus.CANCELLED);
        assertThat(resources(bundle, org.hl7.fhir.r4.model.Goal.class)).hasSize(1);
    }

    private ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", Api.bearer(mvc, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theBundleMapsPhaseCodesAndReferencesAsDocumented() throws Exception {
        Long id = jdbc.sql("""
                SELECT t.id FROM treatment t JOIN client c ON c.id = t.client_id JOIN measurement m
                ON m.treatment_id = t.id WHERE c.reference LIKE 'DW-%' AND m.instrument = 'PHQ9'
                AND t.phase IN ('TREATMENT', 'CLOSING') ORDER BY t.id""").query(Long.class).list().get(0);
        Bundle bundle = bundle("manager", id);
        Patient patient = resources(bundle, Patient.class).get(0);
        String reference = jdbc.sql(
                        "SELECT c.reference FROM client c JOIN treatment t ON t.client_id = c.id" + " WHERE t.id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("urn:afsluitwijzer:client-reference");
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(reference);
        assertThat(patient.hasName())
                .as("no name: the client reference and birth year only")
                .isFalse();
        EpisodeOfCare episode = resources(bundle, EpisodeOfCare.class).get(0);
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        String episodeUrl = urlOf(bundle, episode);
        resources(bundle, Encounter.class).forEach(encounter -> {
            assertThat(encounter.getEpisodeOfCareFirstRep().getReference()).isEqualTo(episodeUrl);
            assertThat(encounter.getStatus())
                    .isIn(Encounter.EncounterStatus.FINISHED, Encounter.EncounterStatus.CANCELLED);
        });
        Observation phq9 = resources(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCoding().stream().anyMatch(c -> "44261-6".equals(c.getCode())))
                .findFirst()
                .orElseThrow();
        assertThat(phq9.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(phq9.getComponentFirstRep()
                        .getValueCodeableConcept()
                        .getCodingFirstRep()
                        .getCode())
                .isNotBlank();
        String derivedFrom = phq9.getDerivedFromFirstRep().getReference();
        QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntry().stream()
                .filter(e -> e.getFullUrl().equals(derivedFrom))
                .findFirst()
                .orElseThrow()
                .getResource();
        assertThat(response.getQuestionnaire()).endsWith("/api/v1/fhir/Questionnaire/PHQ9");
    }

    @Test
    void theQuestionnaireIsServedAtItsCanonicalUrlAndValidates() throws Exception {
        String json = mvc.perform(
                        get("/api/v1/fhir/Questionnaire/PHQ9").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
                .andExpect(jsonPath("$.resourceType").value("Questionnaire"))
                .andExpect(jsonPath("$.url").value("http://localhost/api/v1/fhir/Questionnaire/PHQ9"))
                .andExpect(jsonPath("$.item.length()").value(9))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(R4Validator.errors(fhir, json)).isEmpty();
        mvc.perform(get("/api/v1/fhir/Questionnaire/NOPE").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fhir/Questionnaire/PHQ9")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/fhir/Questionnaire/PHQ9").header("Authorization", Api.bearer(mvc, "beheer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheTreatingTherapistAndTheManagerMayExportAndEachExportIsLogged() throws Exception {
        Long id = jdbc.sql("""
                SELECT t.id FROM treatment t JOIN client c ON c.id = t.client_id JOIN user_account u
                ON u.id = t.therapist_id WHERE c.reference LIKE 'DW-%' AND u.username = 'behandelaar'
                ORDER BY t.id""").query(Long.class).list().get(0);
        int before = exports(id);
        export("behandelaar", id).andExpect(status().isOk());
        assertThat(exports(id)).isEqualTo(before + 1);
        export("manager", id).andExpect(status().isOk());
        assertThat(exports(id)).isEqualTo(before + 2);
        export("behandelaar2", id).andExpect(status().isNotFound());
        export("beheer", id).andExpect(status().isForbidden());
        export(null, id).andExpect(status().isUnauthorized());
        export("behandelaar", 987_654_321L).andExpect(status().isNotFound());
        assertThat(exports(id)).as("a refused export is no export").isEqualTo(before + 2);
    }

    private int exports(Long id) {
        return count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'FHIR_BUNDLE'"
                        + " AND treatment_id = ? AND outcome = 'SUCCESS'",
                id);
    }

    private Bundle bundle(String user, Long id) throws Exception {
        return fhir.newJsonParser()
                .parseResource(
                        Bundle.class,
                        export(user, id)
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsString());
    }

    private ResultActions export(String user, Long id) throws Exception {
        var request = get("/api/v1/treatments/" + id + "/fhir").accept(FHIR_JSON);
        return mvc.perform(user == null ? request : request.header("Authorization", Api.bearer(mvc, user)));
    }

    private int count(String sql, Long id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static String urlOf(Bundle bundle, Resource resource) {
        return bundle.getEntry().stream()
                .filter(e -> e.getResource() == resource)
                .findFirst()
                .orElseThrow()
                .getFullUrl();
    }
}
