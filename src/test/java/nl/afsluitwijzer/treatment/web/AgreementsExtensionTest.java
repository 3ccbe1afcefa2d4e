package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ExpectedSessions;
import nl.afsluitwijzer.treatment.ExpectedSessionsOrigin;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The agreements form cannot raise E once the day of the agreements has passed: the refusal stands next to the field
 * and points to the evaluation; lowering stays possible, and on the day itself a changed number is a correction,
 * stored and logged as such.
 */
@IntegrationTest
class AgreementsExtensionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentRegistration registration;

    @Autowired
    Treatments treatments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void raisingEAfterTheDayOfTheAgreementsIsRefusedNextToTheFieldAndPointsToTheEvaluation() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(agreements(treatment, 20))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E verhogen van 12 naar 20 is een verlenging")))
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(
                        content().string(containsString("/behandelingen/" + treatment.getId() + "/evaluaties/nieuw")));
        assertThat(history(treatment)).extracting(ExpectedSessions::sessions).containsExactly(12);
    }

    @Test
    void loweringEStaysPossibleAndIsNoExtension() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(agreements(treatment, 10)).andExpect(status().is3xxRedirection());
        assertThat(history(treatment))
                .extracting(ExpectedSessions::sessions, ExpectedSessions::origin)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(12, ExpectedSessionsOrigin.AGREED),
                        org.assertj.core.groups.Tuple.tuple(10, ExpectedSessionsOrigin.LOWERED));
        assertThat(corrections(treatment)).isZero();
    }

    @Test
    void onTheDayOfTheAgreementsAChangedNumberIsACorrectionLoggedAsSuch() throws Exception {
        Treatment[] started = new Treatment[1];
        fixtures.as(
                "behandelaar",
                () -> started[0] = registration.start(
                        CurrentUser.require(),
                        new NewTreatment(
                                "C-" + System.nanoTime(),
                                PracticeDay.today(),
                                new Agreements(8, 10, 12, true, false, "PHQ9", "vraag", null),
                                List.of(new NewTreatment.NewGoal("Weer sporten", "zes weken")))));
        Treatment treatment = started[0];
        mvc.perform(agreements(treatment, 20)).andExpect(status().is3xxRedirection());
        assertThat(history(treatment))
                .extracting(ExpectedSessions::origin)
                .containsExactly(ExpectedSessionsOrigin.AGREED, ExpectedSessionsOrigin.CORRECTED);
        assertThat(corrections(treatment)).isOne();
        fixtures.as(
                "behandelaar",
                () -> assertThat(treatments
                                .require(CurrentUser.require(), treatment.getId())
                                .firstAgreedExpectedSessions())
                        .as("the corrected number is the agreement")
                        .contains(20));
    }

    private List<ExpectedSessions> history(Treatment treatment) {
        List<ExpectedSessions> history = new java.util.ArrayList<>();
        fixtures.as(
                "behandelaar",
                () -> history.addAll(treatments
                        .require(CurrentUser.require(), treatment.getId())
                        .expectedSessionsHistory()));
        return history;
    }

    private int corrections(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CORRECTION' AND object_type = "
                        + "'EXPECTED_SESSIONS' AND treatment_id = ?")
                .param(treatment.getId())
                .query(Integer.class)
                .single();
    }

    private MockHttpServletRequestBuilder agreements(Treatment treatment, int expected) {
        return post("/behandelingen/" + treatment.getId() + "/afspraken")
                .with(csrf())
                .with(user(users.loadUserByUsername("behandelaar")))
                .param("clientEstimateSessions", "8")
                .param("therapistEstimateSessions", "10")
                .param("expectedSessions", String.valueOf(expected))
                .param("closingDiscussedAtStart", "true")
                .param("primaryInstrument", "PHQ9")
                .param("helpQuestion", "vraag");
    }
}
