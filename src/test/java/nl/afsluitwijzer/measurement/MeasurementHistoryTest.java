package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A treatment's measurements read against its primary instrument. */
class MeasurementHistoryTest {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadFromClasspath();
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void thePrimarySeriesIsInDateOrderAndLeavesOtherInstrumentsAndGoalsOut() {
        MeasurementHistory history = new MeasurementHistory(
                CATALOG.get("PHQ9"),
                List.of(
                        m(3, "PHQ9", 28, 10, null),
                        m(1, "GAD7", 0, 15, null),
                        m(2, "PHQ9", 0, 16, null),
                        m(4, "GBO", 7, 4, 70L)));
        assertThat(history.primarySeries()).extracting(MeasurementRecord::total).containsExactly(16, 10);
        assertThat(history.baseline()).map(MeasurementRecord::total).contains(16);
        assertThat(history.latest()).map(MeasurementRecord::total).contains(10);
        assertThat(history.primaryScores())
                .containsExactly(new DatedScore(DAY, 16), new DatedScore(DAY.plusDays(28), 10));
        assertThat(history.classification()).contains(Classification.RELIABLY_IMPROVED);
    }

    @Test
    void onTheSameDayTheLaterRecordedCountsAsLater() {
        MeasurementHistory history = new MeasurementHistory(
                CATALOG.get("PHQ9"), List.of(m(9, "PHQ9", 0, 20, null), m(5, "PHQ9", 0, 14, null)));
        assertThat(history.primarySeries()).extracting(MeasurementRecord::id).containsExactly(5L, 9L);
        assertThat(history.classification()).contains(Classification.RELIABLY_DETERIORATED);
    }

    @Test
    void thereIsNoClassificationWithoutTwoPrimaryMeasurementsOrWithoutAPrimaryInstrument() {
        assertThat(new MeasurementHistory(CATALOG.get("PHQ9"), List.of(m(1, "PHQ9", 0, 16, null))).classification())
                .isEmpty();
        MeasurementHistory none =
                new MeasurementHistory(null, List.of(m(1, "PHQ9", 0, 16, null), m(2, "PHQ9", 9, 4, null)));
        assertThat(none.primarySeries()).isEmpty();
        assertThat(none.classification()).isEmpty();
        assertThat(none.measurements()).hasSize(2);
    }

    @Test
    void recoveredUnchangedAndTheReliableChangeEdge() {
        assertThat(classify(16, 9)).isEqualTo(Classification.RECOVERED);
        assertThat(classify(16, 10)).isEqualTo(Classification.RELIABLY_IMPROVED);
        assertThat(classify(16, 11)).isEqualTo(Classification.UNCHANGED);
        assertThat(classify(8, 14)).isEqualTo(Classification.RELIABLY_DETERIORATED);
    }

    @Test
    void goalRatingsAreGroupedPerGoalInDateOrder() {
        MeasurementHistory history = new MeasurementHistory(
                CATALOG.get("PHQ9"), List.of(m(1, "GBO", 14, 6, 70L), m(2, "GBO", 0, 2, 71L), m(3, "GBO", 0, 3, 70L)));
        assertThat(history.goalRatings()).containsOnlyKeys(70L, 71L);
        assertThat(history.goalRatings().get(70L))
                .extracting(MeasurementRecord::total)
                .containsExactly(3, 6);
    }

    private static Classification classify(int baseline, int latest) {
        return new MeasurementHistory(
                        CATALOG.get("PHQ9"), List.of(m(1, "PHQ9", 0, baseline, null), m(2, "PHQ9", 14, latest, null)))
                .classification()
                .orElseThrow();
    }

    private static MeasurementRecord m(long id, String instrument, int day, int total, Long goalId) {
        return new MeasurementRecord(
                id,
                1L,
                instrument,
                DAY.plusDays(day),
                total,
                null,
                List.of(),
                goalId,
                MeasurementSource.THERAPIST,
                3L,
                Instant.parse("2026-03-02T09:00:00Z"));
    }
}
