package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.TreatmentHistory;
import nl.afsluitwijzer.signal.TreatmentSignals;
import org.junit.jupiter.api.Test;

/** The caseload says "beter" only for a reliable improvement by the instrument's reliable-change index. */
class CaseloadTrendTest {

    @Test
    void thirteenToElevenOnThePhq9IsUnchangedNotBetter() {
        OutcomeThresholds phq9 = new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER);
        assertThat(outcome(phq9, 13, 11)).isEqualTo("same");
        assertThat(outcome(phq9, 13, 7)).isEqualTo("better");
        assertThat(outcome(phq9, 13, 8)).isEqualTo("same");
        assertThat(outcome(phq9, 8, 14)).isEqualTo("worse");
    }

    private static String outcome(OutcomeThresholds thresholds, int first, int latest) {
        TreatmentSignals signals = new TreatmentSignals(
                null,
                LocalDate.of(2026, 3, 1),
                List.of(),
                List.of(
                        new TreatmentHistory.Measurement(LocalDate.of(2026, 1, 5), first),
                        new TreatmentHistory.Measurement(LocalDate.of(2026, 2, 5), latest)),
                thresholds);
        return new CaseloadRow(
                        null, 0, null, null, null, null, List.of(), null, signals.latestScore(), signals.outcome())
                .trend();
    }
}
