package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.TreatmentExtension;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.treatment.Treeknorm;
import org.jspecify.annotations.Nullable;

/**
 * Computes the indicators of a period in one pass over plain treatment facts; no Spring, no database, no clock.
 * The definitions are in the class constants and in the footnotes ({@code insight.definition.*}).
 */
public final class IndicatorCalculator {

    /** Treeknorm: at most 4 weeks from registration to intake. */
    public static final int INTAKE_NORM_DAYS = Treeknorm.INTAKE_DAYS;
    /** Treeknorm: at most 10 weeks from intake to the start of treatment. */
    public static final int START_NORM_DAYS = Treeknorm.START_DAYS;
    /** A baseline is a primary measurement on or before the day of this counted session. */
    public static final int BASELINE_AT_SESSION = 2;
    /** An end measurement lies in the last 3 weeks before the end date (or in the closing phase). */
    public static final int END_WINDOW_DAYS = 21;

    /** The indicators of the period from the facts of treatments, each with its own extensions. */
    public Indicators calculate(
            List<TreatmentFacts> treatments, List<OpenSignal> signals, Period period, @Nullable Long therapist) {
        IndicatorTally tally = new IndicatorTally();
        for (TreatmentFacts treatment : treatments) {
            if (therapist != null && treatment.therapistId() != therapist) {
                continue;
            }
            closedAndWaiting(treatment, period, tally);
            treatment.extensions().stream()
                    .filter(e -> period.contains(e.date()))
                    .forEach(e -> tally.extension(treatment.id(), e));
        }
        signals.stream()
                .filter(s -> therapist == null || s.therapistId() == therapist)
                .forEach(tally::signal);
        return tally.toIndicators(period, therapist);
    }

    /**
     * The same from facts and extensions read apart, so that the facts need only cover the treatments that had their
     * intake, start or end in the period: the extensions are those given (a treatment may have been extended in the
     * period without any other step in it), the facts' own are not looked at. Both lists ascending by treatment id,
     * so every figure lists its treatments in the order the other method does.
     */
    public Indicators calculate(
            List<TreatmentFacts> treatments,
            List<TreatmentExtension> extensions,
            List<OpenSignal> signals,
            Period period,
            @Nullable Long therapist) {
        IndicatorTally tally = new IndicatorTally();
        int next = 0;
        for (TreatmentFacts treatment : treatments) {
            while (next < extensions.size() && extensions.get(next).treatmentId() < treatment.id()) {
                extension(extensions.get(next++), period, therapist, tally);
            }
            if (therapist == null || treatment.therapistId() == therapist) {
                closedAndWaiting(treatment, period, tally);
            }
            while (next < extensions.size() && extensions.get(next).treatmentId() == treatment.id()) {
                extension(extensions.get(next++), period, therapist, tally);
            }
        }
        while (next < extensions.size()) {
            extension(extensions.get(next++), period, therapist, tally);
        }
        signals.stream()
                .filter(s -> therapist == null || s.therapistId() == therapist)
                .forEach(tally::signal);
        return tally.toIndicators(period, therapist);
    }

    private void closedAndWaiting(TreatmentFacts treatment, Period period, IndicatorTally tally) {
        if (treatment.closedIn(period)) {
            closed(treatment, tally);
        }
        waiting(treatment, period, tally);
    }

    private static void extension(
            TreatmentExtension extension, Period period, @Nullable Long therapist, IndicatorTally tally) {
        if ((therapist == null || extension.therapistId() == therapist) && period.contains(extension.date())) {
            tally.extension(extension.treatmentId(), extension.extension());
        }
    }

    private void closed(TreatmentFacts treatment, IndicatorTally tally) {
        long id = treatment.id();
        int sessions = treatment.sessionsAtEnd();
        tally.closed(id, sessions);
        Integer expected = treatment.firstAgreedExpected();
        if (expected == null) {
            tally.add(Figure.NO_E, id);
        } else {
            tally.add(sessions <= expected ? Figure.WITHIN_E : Figure.OUTSIDE_E, id);
            midEvaluation(treatment, (expected + 1) / 2, tally);
        }
        List<DatedScore> scores = scoresUntilEnd(treatment);
        tally.add(hasBaseline(treatment, scores) ? Figure.BASELINE : Figure.NO_BASELINE, id);
        tally.add(hasEndMeasurement(treatment, scores) ? Figure.END_MEASUREMENT : Figure.NO_END_MEASUREMENT, id);
        tally.add(Figure.OUTCOME + outcome(treatment, scores), id);
        tally.closing(id, treatment.closing());
    }

    /** Only treatments that reached session H count: on time when an evaluation is dated on or before it. */
    private static void midEvaluation(TreatmentFacts treatment, int halfway, IndicatorTally tally) {
        List<LocalDate> sessions = treatment.countedSessions();
        if (treatment.sessionsAtEnd() < halfway) {
            return;
        }
        LocalDate sessionH = sessions.get(halfway - 1);
        boolean onTime = treatment.evaluationDates().stream().anyMatch(d -> !d.isAfter(sessionH));
        tally.add(onTime ? Figure.MID_ON_TIME : Figure.MID_LATE, treatment.id());
    }

    private static List<DatedScore> scoresUntilEnd(TreatmentFacts treatment) {
        return treatment.primaryScores().stream()
                .filter(s -> !s.date().isAfter(treatment.endDate()))
                .toList();
    }

    private static boolean hasBaseline(TreatmentFacts treatment, List<DatedScore> scores) {
        List<LocalDate> sessions = treatment.countedSessions();
        LocalDate latest = treatment.sessionsAtEnd() >= BASELINE_AT_SESSION
                ? sessions.get(BASELINE_AT_SESSION - 1)
                : treatment.endDate();
        return !scores.isEmpty() && !scores.get(0).date().isAfter(latest);
    }

    /** Any primary measurement but the first, in the last 3 weeks or in the closing phase. */
    private static boolean hasEndMeasurement(TreatmentFacts treatment, List<DatedScore> scores) {
        LocalDate windowStart = Objects.requireNonNull(treatment.endDate(), "a closed treatment has its end")
                .minusDays(END_WINDOW_DAYS);
        LocalDate closing = treatment.closingStarted();
        LocalDate from = closing != null && closing.isBefore(windowStart) ? closing : windowStart;
        return scores.stream().skip(1).anyMatch(s -> !s.date().isBefore(from));
    }

    private static String outcome(TreatmentFacts treatment, List<DatedScore> scores) {
        if (treatment.thresholds() == null || scores.size() < 2) {
            return Figure.NO_PAIR;
        }
        int baseline = scores.get(0).total();
        int latest = scores.get(scores.size() - 1).total();
        return treatment.thresholds().classify(baseline, latest).name();
    }

    /** Intake waits of the intakes in the period; start waits of the starts in the period. */
    private static void waiting(TreatmentFacts treatment, Period period, IndicatorTally tally) {
        LocalDate intake = treatment.intakeDate();
        if (period.contains(intake)) {
            tally.intakeWait(treatment.id(), (int) ChronoUnit.DAYS.between(treatment.registrationDate(), intake));
        }
        LocalDate start = treatment.startDate();
        if (intake != null && period.contains(start)) {
            tally.startWait(treatment.id(), (int) ChronoUnit.DAYS.between(intake, start));
        }
    }
}
