package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.LONG_RUNNING_MDO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class LongRunningMdoRuleTest {

    private static final LocalDate ONE_YEAR_ON = START.plusDays(365);

    @Test
    void firesAfterThreeHundredSixtyFiveDaysAndNotADayBefore() {
        HistoryBuilder history = treatment().sessions(40);

        assertThat(history.firesOn(LONG_RUNNING_MDO, ONE_YEAR_ON.minusDays(1))).isFalse();
        assertThat(history.signalOn(LONG_RUNNING_MDO, ONE_YEAR_ON)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.fingerprint()).isEqualTo("lastReview=none");
            assertThat(signal.messageArguments()).containsExactly(365L, START, 0, 0L, 365);
        });
    }

    @Test
    void anMdoEvaluationOrDiscussionInTheLastYearKeepsItSilent() {
        LocalDate asOf = ONE_YEAR_ON.plusDays(100);
        LocalDate justInTime = asOf.minusDays(365);

        assertThat(treatment()
                        .evaluation(justInTime, EvaluationKind.MDO, null, null, false)
                        .firesOn(LONG_RUNNING_MDO, asOf))
                .isFalse();
        assertThat(treatment().discussion(justInTime, DiscussionKind.MDO).firesOn(LONG_RUNNING_MDO, asOf))
                .isFalse();
    }

    @Test
    void aReviewOneDayTooLongAgoDoesNotCount() {
        LocalDate asOf = ONE_YEAR_ON.plusDays(100);
        LocalDate tooLongAgo = asOf.minusDays(366);

        assertThat(treatment().discussion(tooLongAgo, DiscussionKind.MDO).signalOn(LONG_RUNNING_MDO, asOf))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.fingerprint()).isEqualTo("lastReview=" + tooLongAgo);
                    assertThat(signal.messageArguments()).containsExactly(465L, START, 1, 366L, 365);
                });
    }

    @Test
    void otherEvaluationsAndDiscussionsAreNoMdoReview() {
        HistoryBuilder history =
                treatment().evaluation(START.plusDays(300)).discussion(START.plusDays(300), DiscussionKind.INTERVISION);

        assertThat(history.firesOn(LONG_RUNNING_MDO, ONE_YEAR_ON)).isTrue();
    }

    @Test
    void isSilentInTheClosingPhaseOnceClosingWasDecidedAtAnEvaluation() {
        HistoryBuilder history = treatment().sessions(40);
        history.evaluation(history.sessionDate(40), Decision.START_CLOSING);

        assertThat(history.firesOn(LONG_RUNNING_MDO, ONE_YEAR_ON))
                .as("still in the treatment phase")
                .isTrue();
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(40));
        assertThat(history.firesOn(LONG_RUNNING_MDO, ONE_YEAR_ON)).isFalse();
    }

    @Test
    void firesInTheClosingPhaseEnteredWithoutADecisionToClose() {
        HistoryBuilder history = treatment().sessions(40);
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(40));

        assertThat(history.firesOn(LONG_RUNNING_MDO, ONE_YEAR_ON)).isTrue();
    }
}
