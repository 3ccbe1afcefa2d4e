package nl.afsluitwijzer.measurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The measurements panel on the treatment page and the page to enter a measurement. */
@IntegrationTest
class MeasurementPagesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Measurements measurements;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTreatmentPageShowsTheChartTheOutcomeAndTheTable() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            measurements.record(CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 18));
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START.plusDays(42), 8));
        });
        mvc.perform(as("behandelaar", get("/behandelingen/" + treatment.getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"metingen\"")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("outcome-RECOVERED")))
                .andExpect(content().string(containsString("Hersteld")))
                .andExpect(content().string(containsString("10 punten beter")))
                .andExpect(content().string(containsString("<figcaption class=\"visually-hidden\">PHQ-9")))
                .andExpect(content().string(containsString("Matig-ernstig")))
                .andExpect(content().string(containsString("/behandelingen/" + treatment.getId() + "/metingen/nieuw")));
    }

    @Test
    void withoutMeasurementsThePanelQuotesTheSource() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(as("behandelaar", get("/behandelingen/" + treatment.getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nog geen metingen.")))
                .andExpect(content()
                        .string(containsString(
                                "idealiter kwalitatief en kwantitatief (met een gevalideerd" + " meetinstrument)")))
                .andExpect(content().string(not(containsString("outcome-"))));
    }

    @Test
    void theEntryPageShowsTheItemsAsFieldsetsOfRadioButtons() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(as("behandelaar", get("/behandelingen/" + treatment.getId() + "/metingen/nieuw")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoe vaak heb je in de afgelopen 2 weken")))
                .andExpect(content().string(containsString("<legend>9. ")))
                .andExpect(content().string(containsString("name=\"answers[8]\"")))
                .andExpect(content().string(containsString("name=\"total\"")))
                .andExpect(content()
                        .string(containsString("hx-post=\"/behandelingen/" + treatment.getId() + "/metingen/band\"")));
    }

    @Test
    void anotherTherapistGets404AndTheAdministrator403() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String url = "/behandelingen/" + treatment.getId() + "/metingen/nieuw";
        mvc.perform(as("behandelaar2", get(url))).andExpect(status().isNotFound());
        mvc.perform(as("beheer", get(url))).andExpect(status().isForbidden());
        mvc.perform(as("manager", get(url))).andExpect(status().isOk());
        mvc.perform(as(
                        "behandelaar2",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "PHQ9")
                                .param("date", "2026-01-05")
                                .param("total", "9")))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        "beheer",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "PHQ9")
                                .param("date", "2026-01-05")
                                .param("total", "9")))
                .andExpect(status().isForbidden());
        assertThat(count(treatment)).isZero();
    }

    @Test
    void savedAnswersReturnToTheTreatmentPageWithTheScoreAndBand() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        MockHttpServletRequestBuilder request = post("/behandelingen/" + treatment.getId() + "/metingen")
                .with(csrf())
                .param("instrument", "PHQ9")
                .param("date", "2026-01-05");
        for (int i = 0; i < 9; i++) {
            request.param("answers[" + i + "]", i < 5 ? "2" : "1");
        }
        mvc.perform(as("behandelaar", request))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/behandelingen/" + treatment.getId() + "#metingen"))
                .andExpect(flash().attribute(
                                MeasurementEntryController.SAVED, "PHQ-9 (depressie) op 5-1-2026: 14 (matig)"));
        assertThat(count(treatment)).isOne();
    }

    @Test
    void unansweredQuestionsAreNamedNextToTheirFieldsAndNothingIsStored() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(as(
                        "behandelaar",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "PHQ9")
                                .param("date", "2026-01-05")
                                .param("answers[0]", "1")
                                .param("answers[1]", "2")
                                .param("answers[5]", "3")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vraag 3 is niet beantwoord.")))
                .andExpect(content().string(containsString("Vraag 9 is niet beantwoord.")))
                .andExpect(content().string(not(containsString("Vraag 6 is niet beantwoord."))))
                .andExpect(content().string(containsString("3 van de 9 vragen beantwoord.")));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void aTotalWithABadDateIsShownAgainWithTheDateError() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(as(
                        "behandelaar",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "PHQ9")
                                .param("date", "2025-12-01")
                                .param("total", "12")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("vóór de start van de behandeling")))
                .andExpect(content().string(containsString("value=\"12\"")));
        mvc.perform(as(
                        "behandelaar",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "PHQ9")
                                .param("date", "niet-een-datum")
                                .param("total", "12")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze waarde is ongeldig.")));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void goalsAreRatedOnePerGoal() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long goal = jdbc.sql("SELECT id FROM goal WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
        mvc.perform(as("behandelaar", get("/behandelingen/" + treatment.getId() + "/metingen/nieuw?instrument=GBO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Weer sporten</legend>")))
                .andExpect(content().string(containsString("name=\"goals[" + goal + "]\"")));
        mvc.perform(as(
                        "behandelaar",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "GBO")
                                .param("date", "2026-01-05")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Scoor minstens één doel.")));
        mvc.perform(as(
                        "behandelaar",
                        post("/behandelingen/" + treatment.getId() + "/metingen")
                                .with(csrf())
                                .param("instrument", "GBO")
                                .param("date", "2026-01-05")
                                .param("goals[" + goal + "]", "7")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                MeasurementEntryController.SAVED,
                                "Goal-Based Outcome (GBO) op 5-1-2026: 1 doel gescoord"));
        mvc.perform(as("behandelaar", get("/behandelingen/" + treatment.getId())))
                .andExpect(content().string(containsString("Doel “Weer sporten”")));
    }

    @Test
    void theBandPreviewFollowsTheAnswers() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String url = "/behandelingen/" + treatment.getId() + "/metingen/band";
        mvc.perform(as(
                        "behandelaar",
                        post(url)
                                .with(csrf())
                                .header("HX-Request", "true")
                                .param("instrument", "GAD7")
                                .param("total", "11")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"band-preview\"")))
                .andExpect(content().string(containsString("Totaal 11: Matig")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(as(
                        "behandelaar",
                        post(url).with(csrf()).param("instrument", "GAD7").param("answers[0]", "3")))
                .andExpect(content().string(containsString("1 van de 7 vragen beantwoord.")));
        mvc.perform(as(
                        "behandelaar2",
                        post(url).with(csrf()).param("instrument", "GAD7").param("total", "11")))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }

    private long count(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
    }
}
