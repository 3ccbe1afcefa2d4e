package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.insight.IndicatorCalculator;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.treatment.Phase;
import org.jspecify.annotations.Nullable;

/**
 * What the indicators need of one treatment, as plain values (input of the pure {@link IndicatorCalculator}).
 *
 * @param countedSessions dates of the attended sessions that count towards n, ascending
 * @param firstAgreedExpected E as first agreed, or null when never agreed
 * @param closingStarted the day the closing phase began, or null
 * @param primaryScores totals on the primary instrument, ascending by date
 * @param thresholds of the primary instrument, or null when there is none
 * @param evaluationDates dates of all evaluations, ascending
 * @param extensions evaluations that raised E, with their reasons
 * @param closing how it was closed through the closing checklist, or null when it was not (still open, or ended
 *        another way, such as a phase change through the API)
 */
public record TreatmentFacts(
        long id,
        long therapistId,
        Phase phase,
        LocalDate registrationDate,
        @Nullable LocalDate intakeDate,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable LocalDate closingStarted,
        @Nullable Integer firstAgreedExpected,
        List<LocalDate> countedSessions,
        List<DatedScore> primaryScores,
        @Nullable OutcomeThresholds thresholds,
        List<LocalDate> evaluationDates,
        List<Extension> extensions,
        @Nullable ClosingRecord closing) {

    public TreatmentFacts {
        countedSessions = List.copyOf(countedSessions);
        primaryScores = List.copyOf(primaryScores);
        evaluationDates = List.copyOf(evaluationDates);
        extensions = List.copyOf(extensions);
    }

    /**
     * Ended (closed, transferred or dropped out) with its end date in the period; a referral ended at screening
     * (never had an intake) was no treatment and does not count.
     */
    public boolean closedIn(Period period) {
        return phase.isEnded() && intakeDate != null && period.contains(endDate);
    }

    /** n at the end: the counted sessions on or before the end date. */
    public int sessionsAtEnd() {
        return (int) countedSessions.stream()
                .filter(d -> endDate == null || !d.isAfter(endDate))
                .count();
    }
}
