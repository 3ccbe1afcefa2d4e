package nl.afsluitwijzer.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * The support questions of NOT_ON_TRACK (docs/signals.md): the evaluation form asks them while the signal fires (acknowledged by hand or not),
 * and the evaluation that acknowledges it keeps the answers, through the form and the API, shown on the treatment
 * page and given back by the API; bad answers are refused naming the field.
 */
@IntegrationTest
class SupportQuestionsTest {

    private static final String LEGEND = "Ondersteunende vragen (niet op koers)";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    java.time.Clock clock;

    Treatment offTrack;
    String token;

    @BeforeEach
    void notOnTrack() throws Exception {
        offTrack = OffTrackTreatments.notOnTrack(mvc, fixtures);
        token = Api.bearer(mvc, "behandelaar");
    }

    @Test
    void theFormAsksTheSupportQuestionsOnlyWhileNotOnTrackFires() throws Exception {
        assertThat(form(offTrack))
                .contains(
                        LEGEND,
                        "Niet op koers: verwacht rond",
                        "nu 27",
                        "OQ-Analyst",
                        "Werkrelatie",
                        "Motivatie",
                        "Sociale steun",
                        "Ingrijpende gebeurtenissen",
                        "Diagnose heroverwegen",
                        "Behandelvorm heroverwegen",
                        "Verwijzing overwegen",
                        "name=\"support-WORKING_RELATIONSHIP\"",
                        "name=\"supportNote-CONSIDER_REFERRAL\"");
        assertThat(form(fixtures.startedBy("behandelaar"))).doesNotContain(LEGEND);
    }

    @Test
    void afterAnExplicitAcknowledgementThePlannedEvaluationStillAsksAndKeepsTheAnswers() throws Exception {
        mvc.perform(post("/behandelingen/" + offTrack.getId() + "/signalen/NOT_ON_TRACK/afhandelen")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar")))
                        .param("choice", "EVALUATION_PLANNED")
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(acknowledgedNotOnTrack(offTrack)).isEqualTo(1);

        assertThat(form(offTrack)).contains(LEGEND, "nu 27");
        mvc.perform(evaluationForm(java.time.LocalDate.now(clock).toString())
                        .param("support-MOTIVATION", "CONCERN")
                        .param("supportNote-MOTIVATION", "Twijfelt of ze wil doorgaan"))
                .andExpect(status().is3xxRedirection());

        assertThat(answers(offTrack)).containsExactly("MOTIVATION:true:Twijfelt of ze wil doorgaan");
    }

    @Test
    void theFormRecordsTheAnswersWithTheEvaluationAndTheTreatmentPageShowsThem() throws Exception {
        mvc.perform(evaluationForm()
                        .param("support-WORKING_RELATIONSHIP", "NO_CONCERN")
                        .param("supportNote-WORKING_RELATIONSHIP", "")
                        .param("support-LIFE_EVENTS", "CONCERN")
                        .param("supportNote-LIFE_EVENTS", "Vader in december overleden")
                        .param("support-MOTIVATION", "")
                        .param("supportNote-MOTIVATION", ""))
                .andExpect(status().is3xxRedirection());

        assertThat(answers(offTrack))
                .containsExactlyInAnyOrder(
                        "LIFE_EVENTS:true:Vader in december overleden", "WORKING_RELATIONSHIP:false:null");
        assertThat(acknowledgedNotOnTrack(offTrack)).isEqualTo(1);
        String page = mvc.perform(
                        get("/behandelingen/" + offTrack.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Ondersteunende vragen (niet op koers):",
                        "Ingrijpende gebeurtenissen",
                        "Vader in december " + "overleden",
                        "Geen zorg");
    }

    @Test
    void theFormRefusesANoteWithoutAnAnswerOrTooLongAndKeepsWhatWasEntered() throws Exception {
        String page = mvc.perform(evaluationForm()
                        .param("support-SOCIAL_SUPPORT", "")
                        .param("supportNote-SOCIAL_SUPPORT", "Woont alleen")
                        .param("support-MOTIVATION", "CONCERN")
                        .param("supportNote-MOTIVATION", "x".repeat(501)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Sociale steun: kies zorg of geen zorg, of laat de toelichting leeg.",
                        "Motivatie: Een toelichting bij een ondersteunende vraag is hoogstens 500 tekens.",
                        "value=\"Woont alleen\"");
        assertThat(answers(offTrack)).isEmpty();
        assertThat(evaluations(offTrack)).isZero();
    }

    @Test
    void theFormRefusesAnswersWhenNotOnTrackIsNotOpen() throws Exception {
        Treatment onTrack = fixtures.startedBy("behandelaar");
        String page = mvc.perform(post("/behandelingen/" + onTrack.getId() + "/evaluaties")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar")))
                        .param("date", "2026-01-26")
                        .param("kind", "INTERIM")
                        .param("decision", "CONTINUE")
                        .param("support-MOTIVATION", "CONCERN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("op deze datum geldt het niet").doesNotContain(LEGEND);
        assertThat(evaluations(onTrack)).isZero();
    }

    @Test
    void theApiRecordsTheAnswersAndGivesThemBack() throws Exception {
        String url = "/api/v1/treatments/" + offTrack.getId() + "/evaluations";
        mvc.perform(post(url)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"2026-01-26","kind":"INTERIM","decision":"BREAKTHROUGH_ATTEMPT",
                                 "plan":"Activatie en slaap","reviewAfterSessions":3,
                                 "supportQuestions":[
                                   {"question":"RECONSIDER_DIAGNOSIS","concern":true,"note":"Mogelijk alcoholgebruik"},
                                   {"question":"SOCIAL_SUPPORT","concern":false}]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.supportQuestions[0].question").value("SOCIAL_SUPPORT"))
                .andExpect(jsonPath("$.supportQuestions[0].concern").value(false))
                .andExpect(jsonPath("$.supportQuestions[1].question").value("RECONSIDER_DIAGNOSIS"))
                .andExpect(jsonPath("$.supportQuestions[1].note").value("Mogelijk alcoholgebruik"));
        mvc.perform(get(url).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].supportQuestions.length()").value(2))
                .andExpect(jsonPath("$[0].supportQuestions[1].concern").value(true));
        mvc.perform(get("/api/v1/treatments/" + offTrack.getId()).header("Authorization", token))
                .andExpect(jsonPath("$.evaluations[0].supportQuestions[1].question")
                        .value("RECONSIDER_DIAGNOSIS"));
        assertThat(answers(offTrack))
                .containsExactlyInAnyOrder(
                        "RECONSIDER_DIAGNOSIS:true:Mogelijk alcoholgebruik", "SOCIAL_SUPPORT:false:null");
        assertThat(acknowledgedNotOnTrack(offTrack)).isEqualTo(1);
    }

    @Test
    void theApiRefusesBadAnswersNamingTheField() throws Exception {
        String url = "/api/v1/treatments/" + offTrack.getId() + "/evaluations";
        refused(url, "{\"question\":\"HOROSCOPE\",\"concern\":true}", "supportQuestions[0].question");
        refused(url, "{\"question\":\"MOTIVATION\"}", "supportQuestions[0].concern");
        refused(
                url,
                "{\"question\":\"MOTIVATION\",\"concern\":true,\"note\":\"" + "x".repeat(501) + "\"}",
                "supportQuestions[0].note");
        mvc.perform(post(url)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(evaluation("{\"question\":\"MOTIVATION\",\"concern\":true},"
                                + "{\"question\":\"MOTIVATION\",\"concern\":false}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("supportQuestions"));
        Treatment onTrack = fixtures.startedBy("behandelaar");
        mvc.perform(post("/api/v1/treatments/" + onTrack.getId() + "/evaluations")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(evaluation("{\"question\":\"MOTIVATION\",\"concern\":true}")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("supportQuestions"))
                .andExpect(jsonPath("$.detail").value(containsString("Niet op koers")));
        assertThat(evaluations(offTrack)).isZero();
        assertThat(evaluations(onTrack)).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheSupportQuestions() throws Exception {
        String openApi = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(openApi)
                .contains(
                        "\"supportQuestions\"",
                        "SupportQuestionAnswer",
                        "RECONSIDER_TREATMENT_FORM",
                        "Only while the signal NOT_ON_TRACK fires");
    }

    private void refused(String url, String answer, String field) throws Exception {
        mvc.perform(post(url)
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(evaluation(answer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(field)));
    }

    private static String evaluation(String answers) {
        return """
                {"date":"2026-01-26","kind":"INTERIM","decision":"CONTINUE","supportQuestions":[%s]}""".formatted(answers);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder evaluationForm() {
        return evaluationForm("2026-01-26");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder evaluationForm(String date) {
        return post("/behandelingen/" + offTrack.getId() + "/evaluaties")
                .with(csrf())
                .with(user(users.loadUserByUsername("behandelaar")))
                .param("date", date)
                .param("kind", "INTERIM")
                .param("decision", "CONTINUE");
    }

    private String form(Treatment treatment) throws Exception {
        return mvc.perform(get("/behandelingen/" + treatment.getId() + "/evaluaties/nieuw")
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> answers(Treatment treatment) {
        return jdbc.sql("""
                        SELECT s.question, s.concern, s.note FROM evaluation_support_question s
                        JOIN evaluation e ON e.id = s.evaluation_id WHERE e.treatment_id = ?""")
                .param(treatment.getId())
                .query((rs, n) -> rs.getString(1) + ":" + rs.getBoolean(2) + ":" + rs.getString(3))
                .list();
    }

    private int evaluations(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Integer.class)
                .single();
    }

    private int acknowledgedNotOnTrack(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM signal_acknowledgement WHERE treatment_id = ? AND code = 'NOT_ON_TRACK'")
                .param(treatment.getId())
                .query(Integer.class)
                .single();
    }
}
