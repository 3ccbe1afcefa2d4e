package nl.afsluitwijzer.signal;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    @Test
    void aSignalAcknowledgedInTheSameStateShowsAsAcknowledged() {
        HistoryBuilder history = treatment().sessions(13);
        Signal overrun =
                history.signalOn(SignalCode.OVERRUN, history.lastSessionDate()).orElseThrow();
        assertThat(overrun.acknowledged()).isFalse();

        history.acknowledged(overrun, history.lastSessionDate());

        assertThat(history.signalOn(SignalCode.OVERRUN, history.lastSessionDate()))
                .hasValueSatisfying(signal -> assertThat(signal.acknowledged()).isTrue());
    }

    @Test
    void anOverrunIsNoLongerAcknowledgedOnceEIsRaisedAndOverrunAgain() {
        HistoryBuilder history = treatment().sessions(13);
        LocalDate decided = history.lastSessionDate();
        history.acknowledged(history.signalOn(SignalCode.OVERRUN, decided).orElseThrow(), decided)
                .expecting(13, decided.plusDays(1))
                .sessions(1);

        assertThat(history.signalOn(SignalCode.OVERRUN, history.lastSessionDate()))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.fingerprint()).isEqualTo("E=13");
                    assertThat(signal.acknowledged()).isFalse();
                });
    }

    @Test
    void anEvaluationDueAcknowledgedAtTheInfoStepIsNotAcknowledgedWhenOverdue() {
        HistoryBuilder history = treatment().sessions(6);
        LocalDate planned = history.sessionDate(5);
        history.acknowledged(
                history.signalOn(SignalCode.EVALUATION_DUE, planned).orElseThrow(), planned);

        assertThat(history.signalOn(SignalCode.EVALUATION_DUE, planned)
                        .orElseThrow()
                        .acknowledged())
                .isTrue();
        assertThat(history.signalOn(SignalCode.EVALUATION_DUE, history.sessionDate(6))
                        .orElseThrow()
                        .acknowledged())
                .isFalse();
    }

    @Test
    void aLowAllianceIsNoLongerAcknowledgedAfterANewEvaluation() {
        LocalDate first = START.plusDays(42);
        LocalDate second = START.plusDays(70);
        HistoryBuilder history = treatment().sessions(10).evaluation(first, EvaluationKind.MID, 4, 6, false);
        history.acknowledged(history.signalOn(SignalCode.LOW_ALLIANCE, first).orElseThrow(), first)
                .evaluation(second, EvaluationKind.INTERIM, 5, 6, false);

        assertThat(history.signalOn(SignalCode.LOW_ALLIANCE, second.minusDays(1))
                        .orElseThrow()
                        .acknowledged())
                .isTrue();
        assertThat(history.signalOn(SignalCode.LOW_ALLIANCE, second)
                        .orElseThrow()
                        .acknowledged())
                .isFalse();
    }

    @Test
    void anAcknowledgementDatedAfterTheAsOfDateDoesNotCountYet() {
        HistoryBuilder history = treatment().sessions(13);
        LocalDate asOf = history.lastSessionDate();
        history.acknowledged(history.signalOn(SignalCode.OVERRUN, asOf).orElseThrow(), asOf.plusDays(1));

        assertThat(history.signalOn(SignalCode.OVERRUN, asOf).orElseThrow().acknowledged())
                .isFalse();
    }

    @Test
    void anAcknowledgementOfAnotherCodeWithTheSameFingerprintDoesNotCount() {
        HistoryBuilder history = treatment().sessions(13);
        Signal imminent = history.signalOn(SignalCode.OVERRUN_IMMINENT, history.sessionDate(11))
                .orElseThrow();
        history.acknowledged(imminent, history.sessionDate(11));

        assertThat(imminent.fingerprint()).isEqualTo("E=12");
        assertThat(history.signalOn(SignalCode.OVERRUN, history.lastSessionDate())
                        .orElseThrow()
                        .acknowledged())
                .isFalse();
    }
}
