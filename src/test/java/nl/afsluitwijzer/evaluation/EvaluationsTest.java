package nl.afsluitwijzer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EvaluationsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 16);

    @Autowired
    Evaluations evaluations;

    @Autowired
    Treatments treatments;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    MockMvc mvc;

    @Test
    void anExtensionRaisesTheExpectedSessionsOfTheTreatment() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            evaluations.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    input(Decision.CONTINUE, 16, Set.of(ExtensionReason.NEW_GOALS)));
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .expectedSessions())
                    .contains(16);
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .firstAgreedExpectedSessions())
                    .contains(12);
            assertThat(evaluations.of(CurrentUser.require(), treatment.getId()))
                    .singleElement()
                    .satisfies(e -> assertThat(e.extensionReasons()).containsExactly(ExtensionReason.NEW_GOALS));
        });
    }

    @Test
    void startClosingMovesTheTreatmentIntoTheClosingPhase() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            evaluations.record(CurrentUser.require(), treatment.getId(), input(Decision.START_CLOSING, null, Set.of()));
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.CLOSING);
        });
    }

    @Test
    void anotherTherapistCannotEvaluate() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> evaluations.record(
                                CurrentUser.require(), treatment.getId(), input(Decision.CONTINUE, null, Set.of())))
                        .isInstanceOf(TreatmentAccessDenied.class));
    }

    @Test
    void theApiRecordsAnEvaluationAndRefusesAnExtensionWithoutReason() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String url = "/api/v1/treatments/" + treatment.getId() + "/evaluations";
        mvc.perform(post(url)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"2026-02-16","kind":"MID","allianceRating":8,"motivationRating":7,
                                 "decision":"CONTINUE","newExpectedSessions":16,"reasons":[]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reden")));
        mvc.perform(post(url)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"2026-02-16","kind":"MID","allianceRating":8,"motivationRating":7,
                                 "decision":"CONTINUE","newExpectedSessions":16,"reasons":["CLIENT_WANTS_TO_CONTINUE"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.extension").value(true))
                .andExpect(jsonPath("$.expectedSessions").value(16))
                .andExpect(jsonPath("$.previousExpectedSessions").value(12));
        mvc.perform(post(url)
                        .header("Authorization", Api.bearer(mvc, "behandelaar2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"2026-02-16","kind":"MID","decision":"CONTINUE"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(post(url)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"2026-02-16","kind":"SOMETIMES","decision":"CONTINUE"}"""))
                .andExpect(status().isBadRequest());
    }

    private static NewEvaluation input(Decision decision, Integer newExpected, Set<ExtensionReason> reasons) {
        return new NewEvaluation(
                DAY,
                EvaluationKind.MID,
                8,
                7,
                false,
                List.of(),
                "gaat goed",
                null,
                decision,
                newExpected,
                reasons,
                null,
                null,
                null);
    }
}
