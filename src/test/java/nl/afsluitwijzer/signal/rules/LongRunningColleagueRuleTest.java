package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.LONG_RUNNING_COLLEAGUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class LongRunningColleagueRuleTest {

    private static final LocalDate TWO_YEARS_ON = START.plusDays(730);

    @Test
    void firesAfterSevenHundredThirtyDaysAndNotADayBefore() {
        assertThat(treatment().firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON.minusDays(1)))
                .isFalse();
        assertThat(treatment().signalOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.fingerprint()).isEqualTo("lastColleague=none");
            assertThat(signal.messageArguments()).containsExactly(730L, START, 0, 0L, 365);
        });
    }

    @Test
    void anEvaluationWithAColleagueInTheLastYearKeepsItSilent() {
        assertThat(treatment()
                        .evaluation(TWO_YEARS_ON.minusDays(365), EvaluationKind.FINAL, null, null, true)
                        .firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON))
                .isFalse();
    }

    @Test
    void anEvaluationWithAColleagueOneDayTooLongAgoDoesNotCount() {
        LocalDate tooLongAgo = TWO_YEARS_ON.minusDays(366);

        assertThat(treatment()
                        .evaluation(tooLongAgo, EvaluationKind.INTERIM, null, null, true)
                        .signalOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON))
                .hasValueSatisfying(
                        signal -> assertThat(signal.fingerprint()).isEqualTo("lastColleague=" + tooLongAgo));
    }

    @Test
    void anEvaluationWithoutAColleagueDoesNotCount() {
        assertThat(treatment()
                        .evaluation(TWO_YEARS_ON.minusDays(10), EvaluationKind.MDO, 8, 8, false)
                        .firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON))
                .isTrue();
    }

    @Test
    void isSilentInTheClosingPhaseOnceClosingWasDecidedAtAnEvaluation() {
        HistoryBuilder history = treatment().sessions(40);
        history.evaluation(history.sessionDate(40), Decision.START_CLOSING);

        assertThat(history.firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON))
                .as("still in the treatment phase")
                .isTrue();
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(40));
        assertThat(history.firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON)).isFalse();
        assertThat(treatment()
                        .phase(TreatmentPhase.CLOSING, START.plusDays(100))
                        .firesOn(LONG_RUNNING_COLLEAGUE, TWO_YEARS_ON))
                .as("closing entered without the decision")
                .isTrue();
    }
}
