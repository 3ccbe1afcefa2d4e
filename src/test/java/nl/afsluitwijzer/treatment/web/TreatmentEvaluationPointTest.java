package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The treatment page names the evaluation point of the policy in force: halfway, or after N sessions if earlier. */
@IntegrationTest
class TreatmentEvaluationPointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    UserDetailsService users;

    @Autowired
    Policies policies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private final LocalDate today = PracticeDay.today();

    @AfterEach
    void removeTodaysPolicy() {
        jdbc.sql("DELETE FROM practice_policy WHERE effective_from = ?")
                .param(today)
                .update();
    }

    @Test
    void withoutNSessionsThePageSaysHalfway() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");

        assertThat(page(treatment))
                .contains(text("treatment.halfway", 6))
                .contains(text("evaluation.panel.empty-halfway", 6))
                .doesNotContain(text("treatment.evaluation-point", 3, 6));
        assertThat(html("/behandelingen/" + treatment.getId() + "/afspraken"))
                .contains(text("agreements.halfway", 6))
                .doesNotContain("data-evaluate-after");
    }

    @Test
    void aPolicyEvaluatingAfterThreeSessionsMovesTheEvaluationPointBeforeHalfway() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        policies.set(treatment.getPracticeId(), policyEvaluatingAfter(3), null, Instant.EPOCH);

        assertThat(page(treatment))
                .contains(text("treatment.evaluation-point", 3, 6))
                .contains(text("evaluation.panel.empty-after", 3))
                .doesNotContain(text("treatment.halfway", 6));
        String agreements = html("/behandelingen/" + treatment.getId() + "/afspraken");
        assertThat(agreements).contains(text("agreements.halfway.after", 3, 3)).contains("data-evaluate-after=\"3\"");
    }

    @Test
    void aPolicyEvaluatingAfterHalfwayKeepsHalfway() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        policies.set(treatment.getPracticeId(), policyEvaluatingAfter(9), null, Instant.EPOCH);

        assertThat(page(treatment)).contains(text("treatment.halfway", 6));
    }

    private Policy policyEvaluatingAfter(int sessions) {
        Policy defaults = Policy.defaults();
        return new Policy(
                today,
                defaults.expectedStandard(),
                defaults.expectedComplex(),
                defaults.overrunMargin(),
                defaults.measureEverySessions(),
                defaults.plateauMeasurements(),
                defaults.plateauMinDays(),
                defaults.noContactDays(),
                defaults.mdoReviewDays(),
                defaults.colleagueReviewDays(),
                defaults.lowRatingThreshold(),
                sessions);
    }

    private String page(Treatment treatment) throws Exception {
        return html("/behandelingen/" + treatment.getId());
    }

    private String html(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ROOT);
    }
}
