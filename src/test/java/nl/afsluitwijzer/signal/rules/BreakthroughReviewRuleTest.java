package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.BREAKTHROUGH_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class BreakthroughReviewRuleTest {

    /** Six sessions, then on the day of the sixth an evaluation deciding a breakthrough, reviewed after 3 sessions. */
    private static HistoryBuilder attempt() {
        HistoryBuilder history = treatment().sessions(6);
        return history.breakthroughAttempt(history.lastSessionDate(), 3);
    }

    @Test
    void isSilentOneSessionBeforeTheReviewPoint() {
        HistoryBuilder history = attempt().sessions(2);

        assertThat(history.firesOn(
                        BREAKTHROUGH_REVIEW, history.lastSessionDate().plusDays(6)))
                .isFalse();
    }

    @Test
    void firesOnTheKthCountedSessionAfterTheEvaluation() {
        HistoryBuilder history = attempt().sessions(3);
        LocalDate evaluated = history.sessionDate(6);

        assertThat(history.firesOn(
                        BREAKTHROUGH_REVIEW, history.lastSessionDate().minusDays(1)))
                .isFalse();
        assertThat(history.signalOn(BREAKTHROUGH_REVIEW, history.lastSessionDate()))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
                    assertThat(signal.fingerprint()).isEqualTo("evaluation=" + evaluated + ";k=3");
                    assertThat(signal.messageArguments()).containsExactly(evaluated, 3, 3, history.sessionDate(9));
                });
    }

    @Test
    void keepsFiringOneSessionAfterTheReviewPoint() {
        HistoryBuilder history = attempt().sessions(4);

        assertThat(history.signalOn(BREAKTHROUGH_REVIEW, history.lastSessionDate()))
                .hasValueSatisfying(
                        signal -> assertThat(signal.messageArguments().get(2)).isEqualTo(4));
    }

    @Test
    void theSessionOnTheDayOfTheEvaluationAndSessionsThatDoNotCountAreNotCounted() {
        HistoryBuilder history = attempt().sessions(2);
        LocalDate later = history.lastSessionDate().plusDays(7);
        history.session(later, SessionKind.INTAKE, true).session(later, SessionKind.TREATMENT, false);

        assertThat(history.firesOn(BREAKTHROUGH_REVIEW, later)).isFalse();
        history.session(later, SessionKind.TREATMENT, true);
        assertThat(history.firesOn(BREAKTHROUGH_REVIEW, later)).isTrue();
    }

    @Test
    void aLaterEvaluationEndsItAndANewAttemptStartsCountingAgain() {
        HistoryBuilder history = attempt().sessions(3);
        LocalDate decided = history.lastSessionDate();
        assertThat(history.firesOn(BREAKTHROUGH_REVIEW, decided)).isTrue();

        assertThat(attempt().sessions(3).evaluation(decided, Decision.CONTINUE).firesOn(BREAKTHROUGH_REVIEW, decided))
                .isFalse();
        HistoryBuilder again = attempt().sessions(3);
        again.breakthroughAttempt(again.lastSessionDate(), 2).sessions(1);
        assertThat(again.firesOn(BREAKTHROUGH_REVIEW, again.lastSessionDate())).isFalse();
        again.sessions(1);
        assertThat(again.signalOn(BREAKTHROUGH_REVIEW, again.lastSessionDate()))
                .hasValueSatisfying(signal ->
                        assertThat(signal.fingerprint()).isEqualTo("evaluation=" + again.sessionDate(9) + ";k=2"));
    }

    @Test
    void otherDecisionsNeverAskForAReview() {
        HistoryBuilder history = treatment().sessions(6);
        history.evaluation(history.lastSessionDate(), Decision.CONTINUE).sessions(10);

        assertThat(history.firesOn(BREAKTHROUGH_REVIEW, history.lastSessionDate()))
                .isFalse();
    }

    @Test
    void doesNotApplyInTheClosingPhase() {
        HistoryBuilder history = attempt().sessions(3);
        history.phase(TreatmentPhase.CLOSING, history.lastSessionDate());

        assertThat(history.firesOn(BREAKTHROUGH_REVIEW, history.lastSessionDate()))
                .isFalse();
    }

    @Test
    void anExplicitAcknowledgementHoldsUntilANewAttempt() {
        HistoryBuilder history = attempt().sessions(3);
        LocalDate day = history.lastSessionDate();
        history.acknowledged(history.signalOn(BREAKTHROUGH_REVIEW, day).orElseThrow(), day)
                .sessions(1);

        assertThat(history.signalOn(BREAKTHROUGH_REVIEW, history.lastSessionDate())
                        .orElseThrow()
                        .acknowledged())
                .isTrue();
    }
}
