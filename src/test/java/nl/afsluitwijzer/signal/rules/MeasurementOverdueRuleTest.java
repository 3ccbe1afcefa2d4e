package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.MEASUREMENT_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class MeasurementOverdueRuleTest {

    private final HistoryBuilder history = treatment().sessions(10);

    @Test
    void firesAtTheFourthSessionAfterTheLastMeasurementAndNotAtTheThird() {
        history.measurement(history.sessionDate(1), 18).measurement(history.sessionDate(4), 15);

        assertThat(history.firesOn(MEASUREMENT_OVERDUE, history.sessionDate(7))).isFalse();
        assertThat(history.signalOn(MEASUREMENT_OVERDUE, history.sessionDate(8)))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.severity()).isEqualTo(Severity.INFO);
                    assertThat(signal.fingerprint()).isEqualTo("lastMeasurement=" + history.sessionDate(4));
                    assertThat(signal.messageArguments()).containsExactly(4L, history.sessionDate(4), 4);
                });
    }

    @Test
    void needsABaseline() {
        assertThat(history.firesOn(MEASUREMENT_OVERDUE, history.lastSessionDate()))
                .isFalse();
    }

    @Test
    void aMeasurementAfterTheAsOfDateDoesNotCountYet() {
        history.measurement(history.sessionDate(1), 18).measurement(history.sessionDate(9), 15);

        assertThat(history.firesOn(MEASUREMENT_OVERDUE, history.sessionDate(8))).isTrue();
        assertThat(history.firesOn(MEASUREMENT_OVERDUE, history.sessionDate(9))).isFalse();
    }

    @Test
    void appliesOnlyInTheTreatmentPhase() {
        history.measurement(history.sessionDate(1), 18).phase(TreatmentPhase.CLOSING, history.sessionDate(6));

        assertThat(history.firesOn(MEASUREMENT_OVERDUE, history.lastSessionDate()))
                .isFalse();
    }
}
