package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stored breakthrough attempt comes back after k sessions as BREAKTHROUGH_REVIEW; acknowledging it asks a choice
 * that fits (go on or stop) and the choice and text stay on record.
 */
@IntegrationTest
class BreakthroughReviewTest {

    @Autowired
    Signals signals;

    @Autowired
    SignalAcknowledging acknowledging;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    Evaluations evaluations;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theAttemptComesBackAfterKSessionsAndIsAcknowledgedWithAFittingChoice() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        LocalDate today = PracticeDay.today();
        LocalDate evaluated = today.minusWeeks(3);
        fixtures.as("behandelaar", () -> {
            changes.addSession(CurrentUser.require(), treatment.getId(), evaluated, SessionKind.EVALUATION, true);
            evaluations.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    new NewEvaluation(
                            evaluated,
                            EvaluationKind.INTERIM,
                            6,
                            6,
                            false,
                            List.of(),
                            null,
                            "vastgelopen",
                            Decision.BREAKTHROUGH_ATTEMPT,
                            null,
                            Set.of(),
                            null,
                            "Exposure intensiveren",
                            2));
            changes.addSession(
                    CurrentUser.require(), treatment.getId(), today.minusWeeks(2), SessionKind.TREATMENT, true);
            assertThat(review(treatment)).isNull();
            changes.addSession(
                    CurrentUser.require(), treatment.getId(), today.minusWeeks(1), SessionKind.TREATMENT, true);
            Signal review = review(treatment);
            assertThat(review.fingerprint()).isEqualTo("evaluation=" + evaluated + ";k=2");
            assertThat(review.acknowledged()).isFalse();

            assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(),
                            treatment.getId(),
                            SignalCode.BREAKTHROUGH_REVIEW,
                            AcknowledgementChoice.MEASUREMENT_PLANNED,
                            "x"))
                    .hasMessage("signal.acknowledge.choice-unknown");
            assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(), treatment.getId(), SignalCode.BREAKTHROUGH_REVIEW, null, "x"))
                    .hasMessage("signal.acknowledge.choice-required");
            assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(),
                            treatment.getId(),
                            SignalCode.BREAKTHROUGH_REVIEW,
                            AcknowledgementChoice.OTHER,
                            " "))
                    .hasMessage("signal.acknowledge.reason-required");
            assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(),
                            treatment.getId(),
                            SignalCode.BREAKTHROUGH_REVIEW,
                            AcknowledgementChoice.OTHER,
                            "x".repeat(1001)))
                    .hasMessage("signal.acknowledge.reason-too-long");

            acknowledging.acknowledge(
                    CurrentUser.require(),
                    treatment.getId(),
                    SignalCode.BREAKTHROUGH_REVIEW,
                    AcknowledgementChoice.CONTINUE_ATTEMPT,
                    null);
            assertThat(review(treatment).acknowledged()).isTrue();
            assertThat(acknowledgements.shownFor(treatment.getId())).first().satisfies(shown -> {
                assertThat(shown.code()).isEqualTo(SignalCode.BREAKTHROUGH_REVIEW);
                assertThat(shown.choice()).isEqualTo(AcknowledgementChoice.CONTINUE_ATTEMPT);
                assertThat(shown.via()).isEqualTo(Acknowledgements.Via.EXPLICIT);
                assertThat(shown.reason()).isNull();
            });

            evaluations.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    new NewEvaluation(
                            today,
                            EvaluationKind.INTERIM,
                            7,
                            7,
                            false,
                            List.of(),
                            null,
                            null,
                            Decision.CONTINUE,
                            null,
                            Set.of(),
                            null,
                            null,
                            null));
            assertThat(review(treatment)).isNull();
        });
    }

    private Signal review(Treatment treatment) {
        return signals.forTreatment(CurrentUser.require(), treatment.getId(), PracticeDay.today()).signals().stream()
                .filter(s -> s.code() == SignalCode.BREAKTHROUGH_REVIEW)
                .findFirst()
                .orElse(null);
    }
}
