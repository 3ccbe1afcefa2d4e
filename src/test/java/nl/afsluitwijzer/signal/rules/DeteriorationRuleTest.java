package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.DETERIORATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class DeteriorationRuleTest {

    private static final LocalDate LATEST = START.plusDays(35);
    private static final LocalDate AS_OF = START.plusDays(42);

    @Test
    void firesWhenTheLatestIsTheReliableChangeWorseThanTheBaseline() {
        HistoryBuilder history = treatment().sessions(6).measurement(START, 10).measurement(LATEST, 16);

        assertThat(history.signalOn(DETERIORATION, AS_OF)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.fingerprint()).isEqualTo("latest=" + LATEST + ":16");
            assertThat(signal.messageArguments()).containsExactly(10, START, 16, LATEST, 6);
        });
    }

    @Test
    void isSilentOnePointBelowTheReliableChange() {
        HistoryBuilder history = treatment().sessions(6).measurement(START, 10).measurement(LATEST, 15);

        assertThat(history.firesOn(DETERIORATION, AS_OF)).isFalse();
    }

    @Test
    void followsTheDirectionOfTheInstrument() {
        OutcomeThresholds goalBased = new OutcomeThresholds(3, null, Direction.HIGHER_IS_BETTER);

        assertThat(treatment()
                        .thresholds(goalBased)
                        .measurement(START, 6)
                        .measurement(LATEST, 3)
                        .sessions(6)
                        .firesOn(DETERIORATION, AS_OF))
                .isTrue();
        assertThat(treatment()
                        .thresholds(goalBased)
                        .measurement(START, 6)
                        .measurement(LATEST, 4)
                        .sessions(6)
                        .firesOn(DETERIORATION, AS_OF))
                .isFalse();
    }

    @Test
    void appliesInTheClosingPhaseToo() {
        HistoryBuilder history = treatment()
                .sessions(6)
                .measurement(START, 10)
                .measurement(LATEST, 16)
                .phase(TreatmentPhase.CLOSING, LATEST);

        assertThat(history.firesOn(DETERIORATION, AS_OF)).isTrue();
    }

    @Test
    void needsTwoMeasurements() {
        assertThat(treatment().sessions(6).measurement(START, 27).firesOn(DETERIORATION, AS_OF))
                .isFalse();
    }
}
