package nl.afsluitwijzer.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An evaluation stays readable in full after it was recorded: goal scores, the note and the client's view on the
 * treatment page and in the API, each read logged; the form shows where the treatment stands.
 */
@IntegrationTest
class EvaluationDisplayTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Treatment treatment;
    String url;
    String token;
    long goalId;

    @BeforeEach
    void evaluated() throws Exception {
        treatment = fixtures.startedBy("behandelaar");
        url = "/api/v1/treatments/" + treatment.getId();
        token = Api.bearer(mvc, "behandelaar");
        goalId = jdbc.sql("SELECT id FROM goal WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
        mvc.perform(post(url + "/measurements")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"total\":13}"))
                .andExpect(status().isCreated());
        mvc.perform(post(url + "/measurements")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"PHQ9\",\"date\":\"2026-02-10\",\"total\":11}"))
                .andExpect(status().isCreated());
        mvc.perform(post(url + "/evaluations")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"date":"2026-02-16","kind":"MID","decision":"CONTINUE","allianceRating":8,"motivationRating":6,
                         "goalProgress":[{"goalId":%d,"score":7}],"note":"Slaapt beter, sport weer af en toe.",
                         "clientView":"Het gaat de goede kant op.","newExpectedSessions":14,
                         "reasons":["OTHER"],"otherReason":"Verhuizing tussendoor"}""".formatted(goalId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value("Slaapt beter, sport weer af en toe."))
                .andExpect(jsonPath("$.goalProgress[0].score").value(7));
    }

    @Test
    void theApiGivesEveryEvaluationBackInFullAndLogsTheRead() throws Exception {
        int before = evaluationViews();
        mvc.perform(get(url + "/evaluations").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("MID"))
                .andExpect(jsonPath("$[0].goalProgress[0].goalId").value(goalId))
                .andExpect(jsonPath("$[0].goalProgress[0].score").value(7))
                .andExpect(jsonPath("$[0].note").value("Slaapt beter, sport weer af en toe."))
                .andExpect(jsonPath("$[0].clientView").value("Het gaat de goede kant op."))
                .andExpect(jsonPath("$[0].allianceRating").value(8))
                .andExpect(jsonPath("$[0].otherReason").value("Verhuizing tussendoor"))
                .andExpect(jsonPath("$[0].previousExpectedSessions").value(12))
                .andExpect(jsonPath("$[0].expectedSessions").value(14))
                .andExpect(jsonPath("$[0].extension").value(true));
        assertThat(evaluationViews()).isEqualTo(before + 1);
        mvc.perform(get(url).header("Authorization", token))
                .andExpect(jsonPath("$.evaluations[0].note").value("Slaapt beter, sport weer af en toe."))
                .andExpect(jsonPath("$.evaluations[0].goalProgress[0].score").value(7))
                .andExpect(jsonPath("$.evaluations[0].previousExpectedSessions").value(12));
    }

    @Test
    void oneEvaluationByIdAndOnlyUnderItsOwnTreatment() throws Exception {
        long id = jdbc.sql("SELECT id FROM evaluation WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
        mvc.perform(get(url + "/evaluations/" + id).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        Treatment other = fixtures.startedBy("behandelaar");
        mvc.perform(get("/api/v1/treatments/" + other.getId() + "/evaluations/" + id)
                        .header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(get(url + "/evaluations").header("Authorization", Api.bearer(mvc, "behandelaar2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTreatmentPageShowsTheEvaluationInFull() throws Exception {
        int before = evaluationViews();
        String page = mvc.perform(
                        get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Slaapt beter, sport weer af en toe.",
                        "Het gaat de goede kant op.",
                        "Weer sporten",
                        "7 / 10",
                        "Verhuizing tussendoor");
        assertThat(evaluationViews()).isEqualTo(before + 1);
    }

    @Test
    void theFormShowsTheLatestScoreItsBandTheOutcomeNOfEAndTheGoals() throws Exception {
        String form = mvc.perform(get("/behandelingen/" + treatment.getId() + "/evaluaties/nieuw")
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains(
                        "Laatste PHQ-9 (depressie): 11 op 10-2-2026",
                        "Ernst: Matig",
                        "Verandering sinds de start: Onveranderd",
                        "Sessies: 0 van 14",
                        "Weer sporten",
                        "Actief");
    }

    private int evaluationViews() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'EVALUATION' AND action = 'VIEW'"
                        + " AND treatment_id = ?")
                .param(treatment.getId())
                .query(Integer.class)
                .single();
    }
}
