package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ShippedInstrumentsTest.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classifying a treatment from its baseline and latest total, with the thresholds of the shipped instruments. */
class OutcomeClassificationTest {

    @ParameterizedTest(name = "{0}: {1} \u2192 {2} is {3}")
    @CsvSource({
        "PHQ9, 8, 2, RELIABLY_IMPROVED", "PHQ9, 8, 3, UNCHANGED",
        "PHQ9, 2, 8, RELIABLY_DETERIORATED", "PHQ9, 2, 7, UNCHANGED",
        "GAD7, 7, 3, RELIABLY_IMPROVED", "GAD7, 7, 4, UNCHANGED",
        "GAD7, 3, 7, RELIABLY_DETERIORATED", "GAD7, 3, 6, UNCHANGED",
        "GBO, 2, 5, RELIABLY_IMPROVED", "GBO, 2, 4, UNCHANGED",
        "GBO, 8, 5, RELIABLY_DETERIORATED", "GBO, 8, 6, UNCHANGED"
    })
    void aChangeCountsAsReliableFromExactlyTheThreshold(
            String code, int baseline, int latest, Classification expected) {
        assertThat(CATALOG.get(code).thresholds().classify(baseline, latest)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} is a case: {2}")
    @CsvSource({"PHQ9, 9, false", "PHQ9, 10, true", "GAD7, 7, false", "GAD7, 8, true"})
    void aTotalIsACaseFromTheCutoff(String code, int total, boolean isCase) {
        assertThat(CATALOG.get(code).thresholds().isCase(total)).isEqualTo(isCase);
    }

    @Test
    void noGboRatingIsACase() {
        OutcomeThresholds gbo = CATALOG.get("GBO").thresholds();

        assertThat(IntStream.rangeClosed(0, 10)).noneMatch(gbo::isCase);
    }

    @ParameterizedTest(name = "{0}: {1} \u2192 {2} is {3}")
    @CsvSource({
        "PHQ9, 16, 9, RECOVERED", "PHQ9, 15, 9, RECOVERED", "PHQ9, 10, 4, RECOVERED",
        "PHQ9, 9, 3, RELIABLY_IMPROVED", "PHQ9, 16, 10, RELIABLY_IMPROVED", "PHQ9, 12, 9, UNCHANGED",
        "GAD7, 8, 4, RECOVERED", "GAD7, 7, 1, RELIABLY_IMPROVED", "GAD7, 12, 8, RELIABLY_IMPROVED",
        "GBO, 0, 10, RELIABLY_IMPROVED"
    })
    void recoveredOnlyWhenTheBaselineWasACaseTheLatestIsNotAndTheChangeIsReliable(
            String code, int baseline, int latest, Classification expected) {
        assertThat(CATALOG.get(code).thresholds().classify(baseline, latest)).isEqualTo(expected);
    }
}
