package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.PLATEAU;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class PlateauRuleTest {

    private static final LocalDate AS_OF = START.plusDays(90);

    @Test
    void firesWhenTheLastThreeMeasurementsSpanTwentyEightDaysWithinLessThanTheReliableChange() {
        HistoryBuilder history = measured(28, 20, 17, 15);

        assertThat(history.signalOn(PLATEAU, AS_OF)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo(START + "," + START.plusDays(14) + "," + START.plusDays(28));
            assertThat(signal.messageArguments()).containsExactly(3, 28L, 15, 20, 6);
        });
    }

    @Test
    void isSilentWhenTheyOnlySpanTwentySevenDays() {
        assertThat(measured(27, 20, 17, 15).firesOn(PLATEAU, AS_OF)).isFalse();
    }

    @Test
    void isSilentWhenTheyDifferByTheReliableChange() {
        assertThat(measured(28, 20, 17, 14).firesOn(PLATEAU, AS_OF)).isFalse();
    }

    @Test
    void needsThreeMeasurements() {
        HistoryBuilder history = treatment().sessions(6).measurement(START, 20).measurement(START.plusDays(40), 19);

        assertThat(history.firesOn(PLATEAU, AS_OF)).isFalse();
    }

    @Test
    void looksAtTheLastThreeOnly() {
        HistoryBuilder history = measured(28, 14, 13, 13).measurement(START.minusDays(1), 27);

        assertThat(history.firesOn(PLATEAU, AS_OF)).isTrue();
    }

    @Test
    void isSilentWhenTheClientHasRecovered() {
        HistoryBuilder history = measured(28, 8, 9, 8).measurement(START.minusDays(1), 18);

        assertThat(history.firesOn(PLATEAU, AS_OF)).isFalse();
    }

    @Test
    void appliesOnlyInTheTreatmentPhase() {
        HistoryBuilder history = measured(28, 20, 17, 15).phase(TreatmentPhase.CLOSING, START.plusDays(60));

        assertThat(history.firesOn(PLATEAU, AS_OF)).isFalse();
    }

    /** Measurements on the start, halfway the span and at the end of the span. */
    private static HistoryBuilder measured(int spanDays, int first, int second, int third) {
        return treatment()
                .sessions(6)
                .measurement(START, first)
                .measurement(START.plusDays(spanDays / 2), second)
                .measurement(START.plusDays(spanDays), third);
    }
}
