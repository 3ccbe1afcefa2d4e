package nl.afsluitwijzer.measurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The measurements of one treatment read against its primary instrument: the primary series (the first is the
 * baseline, the last the latest), the treatment's classification from those two, and the ratings per goal.
 *
 * @param primary the treatment's primary instrument, or null when none was chosen (or it is no longer known)
 * @param measurements every measurement of the treatment, on any instrument
 */
public record MeasurementHistory(@Nullable Instrument primary, List<MeasurementRecord> measurements) {

    /** By date; on the same date in the order they were recorded. */
    static final Comparator<MeasurementRecord> ORDER = Comparator.comparing(MeasurementRecord::date)
            .thenComparing(MeasurementRecord::recordedAt)
            .thenComparing(m -> m.id() == null ? Long.MAX_VALUE : m.id());

    public MeasurementHistory {
        measurements = measurements.stream().sorted(ORDER).toList();
    }

    /** The totals on the primary instrument, oldest first; empty without a primary instrument. */
    public List<MeasurementRecord> primarySeries() {
        if (primary == null) {
            return List.of();
        }
        return measurements.stream()
                .filter(m -> m.instrument().equals(primary.code()) && m.goalId() == null)
                .toList();
    }

    /** The primary series as points of a chart. */
    public List<DatedScore> primaryScores() {
        return primarySeries().stream().map(MeasurementRecord::datedScore).toList();
    }

    public Optional<MeasurementRecord> baseline() {
        return primarySeries().stream().findFirst();
    }

    public Optional<MeasurementRecord> latest() {
        List<MeasurementRecord> series = primarySeries();
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }

    /** Baseline against latest on the primary instrument; empty until there are two primary measurements. */
    public Optional<Classification> classification() {
        List<MeasurementRecord> series = primarySeries();
        if (primary == null || series.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(primary.thresholds()
                .classify(series.get(0).total(), series.get(series.size() - 1).total()));
    }

    /** The ratings of each goal on a per-goal instrument (GBO), by goal id in the order first rated. */
    public Map<Long, List<MeasurementRecord>> goalRatings() {
        Map<Long, List<MeasurementRecord>> byGoal = new LinkedHashMap<>();
        measurements.stream()
                .filter(m -> m.goalId() != null)
                .forEach(m -> byGoal.computeIfAbsent(m.goalId(), goal -> new ArrayList<>())
                        .add(m));
        byGoal.replaceAll((goal, ratings) -> List.copyOf(ratings));
        return byGoal;
    }
}
