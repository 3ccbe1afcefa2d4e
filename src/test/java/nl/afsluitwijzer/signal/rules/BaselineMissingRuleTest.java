package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.BASELINE_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class BaselineMissingRuleTest {

    @Test
    void firesAtTheSecondSessionWithoutAMeasurementAndNotAtTheFirst() {
        HistoryBuilder history = treatment().sessions(2);

        assertThat(history.firesOn(BASELINE_MISSING, history.sessionDate(1))).isFalse();
        assertThat(history.signalOn(BASELINE_MISSING, history.sessionDate(2))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("instrument=set");
            assertThat(signal.messageArguments()).containsExactly(2, 1);
        });
    }

    @Test
    void isSilentOnceABaselineIsRecorded() {
        HistoryBuilder history = treatment().sessions(3);
        history.measurement(history.sessionDate(1), 15);

        assertThat(history.firesOn(BASELINE_MISSING, history.lastSessionDate())).isFalse();
    }

    @Test
    void aMeasurementAfterTheAsOfDateDoesNotCountYet() {
        HistoryBuilder history = treatment().sessions(3);
        history.measurement(history.sessionDate(3), 15);

        assertThat(history.firesOn(BASELINE_MISSING, history.sessionDate(2))).isTrue();
    }

    @Test
    void firesAlsoWithoutAPrimaryInstrument() {
        HistoryBuilder history = treatment().withoutPrimaryInstrument().sessions(2);

        assertThat(history.signalOn(BASELINE_MISSING, history.lastSessionDate()))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("instrument=none"));
    }

    @Test
    void appliesInTheTreatmentPhaseOnlyNotInTheClosingPhase() {
        HistoryBuilder history = treatment().sessions(3);
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(3));

        assertThat(history.firesOn(BASELINE_MISSING, history.sessionDate(2))).isTrue();
        assertThat(history.firesOn(BASELINE_MISSING, history.sessionDate(3))).isFalse();
    }
}
