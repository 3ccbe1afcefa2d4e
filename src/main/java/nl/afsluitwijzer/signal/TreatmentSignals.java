package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;

/**
 * A treatment with its signals as of a date, most urgent first, and the totals on its primary instrument
 * (for the caseload's latest score and its reliable-change outcome).
 */
public record TreatmentSignals(
        TreatmentFile file,
        LocalDate asOf,
        List<Signal> signals,
        List<TreatmentHistory.Measurement> primaryScores,
        @Nullable OutcomeThresholds thresholds) {

    /** The latest primary total on or before the as-of date, or null. */
    public @Nullable Integer latestScore() {
        List<TreatmentHistory.Measurement> upToDate = scoresUpToDate();
        return upToDate.isEmpty() ? null : upToDate.get(upToDate.size() - 1).total();
    }

    /**
     * The instrument's reliable-change classification from the first to the latest primary total on or before
     * the as-of date (the same reading as the treatment's outcome), or null without two totals.
     */
    public @Nullable Classification outcome() {
        List<TreatmentHistory.Measurement> upToDate = scoresUpToDate();
        if (upToDate.size() < 2 || thresholds == null) {
            return null;
        }
        return thresholds.classify(
                upToDate.get(0).total(), upToDate.get(upToDate.size() - 1).total());
    }

    private List<TreatmentHistory.Measurement> scoresUpToDate() {
        return primaryScores.stream()
                .filter(m -> !m.date().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(TreatmentHistory.Measurement::date))
                .toList();
    }

    public long count(Severity severity) {
        return signals.stream()
                .filter(s -> !s.acknowledged() && s.severity() == severity)
                .count();
    }

    /** The most urgent unacknowledged severity, or null when all is quiet. */
    public @Nullable Severity mostUrgent() {
        return signals.stream()
                .filter(s -> !s.acknowledged())
                .map(Signal::severity)
                .min(Severity.MOST_URGENT_FIRST)
                .orElse(null);
    }

    public boolean has(SignalCode code) {
        return signals.stream().anyMatch(s -> s.code() == code);
    }
}
