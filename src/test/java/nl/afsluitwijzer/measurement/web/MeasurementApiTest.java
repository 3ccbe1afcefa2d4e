package nl.afsluitwijzer.measurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The contract of POST /api/v1/treatments/{id}/measurements (docs/api.md). */
@IntegrationTest
class MeasurementApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void itemAnswersAreScoredByTheServerAnd201GivesTotalBandAndClassification() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(
                        treatment,
                        "behandelaar",
                        "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"answers\":[2,2,2,2,2,2,2,2,2]}")
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                containsString("/api/v1/treatments/" + treatment.getId() + "/measurements/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.instrument").value("PHQ9"))
                .andExpect(jsonPath("$.date").value("2026-01-05"))
                .andExpect(jsonPath("$.total").value(18))
                .andExpect(jsonPath("$.band").value("MODERATELY_SEVERE"))
                .andExpect(jsonPath("$.classification").isEmpty());
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-02-02\",\"total\":7}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.band").value("MILD"))
                .andExpect(jsonPath("$.classification").value("RECOVERED"));
        assertThat(count(treatment)).isEqualTo(2);
    }

    @Test
    void aMeasurementOnAnotherInstrumentLeavesThePrimaryClassification() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":12}");
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-19\",\"total\":11}");
        post(treatment, "behandelaar", "{\"instrument\":\"GAD7\",\"date\":\"2026-01-26\",\"total\":20}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.band").value("SEVERE"))
                .andExpect(jsonPath("$.classification").value("UNCHANGED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing answers|[1,1,1,1,1,1,1,1]|MISSING_ANSWERS|9|vanaf vraag 9",
                "extra answers|[1,1,1,1,1,1,1,1,1,1]|EXTRA_ANSWERS|10|10 antwoorden",
                "answer out of range|[1,1,1,1,1,1,4,1,1]|ANSWER_OUT_OF_RANGE|7|vraag 7 is 4",
                "negative answer|[1,-1,1,1,1,1,1,1,1]|ANSWER_OUT_OF_RANGE|2|vraag 2 is -1",
                "unanswered item|[1,1,null,1,1,1,1,1,1]|UNANSWERED_ITEM|3|Vraag 3 is niet beantwoord"
            })
    void badAnswersGive400NamingTheProblemAndStoreNothing(
            String kind, String answers, String problem, int item, String detail) throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"answers\":" + answers + "}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.problem").value(problem))
                .andExpect(jsonPath("$.item").value(item))
                .andExpect(jsonPath("$.field").value("answers"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void aTotalOutOfRangeGives400AndStoresNothing() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":28}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problem").value("TOTAL_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.field").value("total"))
                .andExpect(jsonPath("$.detail", containsString("tussen 0 en 27")));
        assertThat(count(treatment)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "both answers and total|,\"answers\":[1,1,1,1,1,1,1,1,1],\"total\":9|niet allebei",
                "neither answers nor total||of de totaalscore",
                "unknown instrument|,\"total\":9,\"instrument\":\"XYZ\"|Onbekende vragenlijst",
                "a date in the future|,\"total\":9,\"date\":\"2099-01-01\"|in de toekomst",
                "a date before the start|,\"total\":9,\"date\":\"2025-12-31\"|vóór de start",
                "a goal for PHQ-9|,\"total\":9,\"goalId\":1|niet per doel"
            })
    void aRequestTheRulesRefuseGives400ProblemJsonAndStoresNothing(String kind, String extra, String detail)
            throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String body = extra == null ? "" : extra;
        String instrument = body.contains("\"instrument\"") ? "" : "\"instrument\":\"PHQ9\",";
        String date = body.contains("\"date\"") ? "" : "\"date\":\"2026-01-05\",";
        post(treatment, "behandelaar", ("{" + instrument + date + body.replaceFirst("^,", "") + "}").replace(",}", "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(detail)));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void anUnknownFieldGives400() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "behandelaar", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":9,\"score\":9}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("score")));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void anotherTherapistsTreatmentIs404AndStoresNothing() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "behandelaar2", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":9}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void theAdministratorIsRefused403() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        post(treatment, "beheer", "{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":9}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/treatments/" + treatment.getId() + "/measurements")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"PHQ9\",\"total\":9}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void aGoalIsRatedWithItsId() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long goal = jdbc.sql("SELECT id FROM goal WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
        post(
                        treatment,
                        "behandelaar",
                        "{\"instrument\":\"GBO\",\"date\":\"2026-01-05\",\"answers\":[6],\"goalId\":" + goal + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.goalId").value(goal))
                .andExpect(jsonPath("$.band").value("ON_THE_WAY"));
    }

    private ResultActions post(Treatment treatment, String username, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/treatments/" + treatment.getId() + "/measurements")
                .header("Authorization", Api.bearer(mvc, username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long count(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
    }
}
