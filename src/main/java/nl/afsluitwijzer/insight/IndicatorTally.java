package nl.afsluitwijzer.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.insight.internal.Extension;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.insight.internal.SessionCounts;
import nl.afsluitwijzer.insight.internal.WaitingTime;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.treatment.Treeknorm;
import org.jspecify.annotations.Nullable;

/** The running totals of one pass of the {@link IndicatorCalculator}. */
final class IndicatorTally {

    private static final Comparator<ClosingRecord> BY_CLOSING_DATE =
            Comparator.comparing(ClosingRecord::closedOn).thenComparingLong(ClosingRecord::treatmentId);

    private final Map<String, LinkedHashSet<Long>> groups = new LinkedHashMap<>();
    private final List<Integer> sessions = new ArrayList<>();
    private final List<Integer> intakeDays = new ArrayList<>();
    private final List<Integer> startDays = new ArrayList<>();
    private final Map<ExtensionReason, Integer> reasons = new EnumMap<>(ExtensionReason.class);
    private final Map<ReasonLevel, Integer> levels = new EnumMap<>(ReasonLevel.class);
    private final Map<SignalCode, Integer> signals = new EnumMap<>(SignalCode.class);
    private final List<ClosingRecord> incompleteClosings = new ArrayList<>();
    private int extensions;
    private int actionSignals;

    void add(String figure, long treatmentId) {
        groups.computeIfAbsent(figure, f -> new LinkedHashSet<>()).add(treatmentId);
    }

    void closed(long id, int sessionCount) {
        add(Figure.CLOSED, id);
        add(Figure.SESSIONS + sessionCount, id);
        sessions.add(sessionCount);
    }

    void intakeWait(long id, int days) {
        intakeDays.add(days);
        add(Treeknorm.intakeWithin(days) ? Figure.INTAKE_WITHIN_NORM : Figure.INTAKE_OUTSIDE_NORM, id);
    }

    void startWait(long id, int days) {
        startDays.add(days);
        add(Treeknorm.startWithin(days) ? Figure.START_WITHIN_NORM : Figure.START_OUTSIDE_NORM, id);
    }

    /** Each extension counts once, and each of its reasons once (so reasons may add up to more). */
    void extension(long id, Extension extension) {
        extensions++;
        add(Figure.EXTENDED, id);
        for (ExtensionReason reason : extension.reasons()) {
            reasons.merge(reason, 1, Integer::sum);
            levels.merge(reason.level(), 1, Integer::sum);
            add(Figure.REASON + reason.name(), id);
            add(Figure.LEVEL + reason.level().name(), id);
        }
    }

    /** How a closed treatment was closed: its reason, whether the checklist was complete, what was missing. */
    void closing(long id, @Nullable ClosingRecord closing) {
        if (closing == null) {
            add(Figure.NO_CHECKLIST, id);
            return;
        }
        add(Figure.CLOSING_REASON + closing.reason().name(), id);
        add(closing.checklistComplete() ? Figure.CHECKLIST_COMPLETE : Figure.CHECKLIST_INCOMPLETE, id);
        closing.missingItems().forEach(item -> add(Figure.MISSING + item.name(), id));
        if (!closing.checklistComplete()) {
            incompleteClosings.add(closing);
        }
    }

    void signal(OpenSignal signal) {
        signals.merge(signal.code(), 1, Integer::sum);
        add(Figure.SIGNAL + signal.code().name(), signal.treatmentId());
        if (signal.severity() == Severity.ACTION) {
            actionSignals++;
            add(Figure.OPEN_ACTION_SIGNALS, signal.treatmentId());
        }
    }

    Indicators toIndicators(Period period, @Nullable Long therapist) {
        int closed = count(Figure.CLOSED);
        Map<String, Rate> outcomes = new LinkedHashMap<>();
        for (Classification classification : Classification.values()) {
            outcomes.put(classification.name(), new Rate(count(Figure.OUTCOME + classification.name()), closed));
        }
        outcomes.put(Figure.NO_PAIR, new Rate(count(Figure.OUTCOME + Figure.NO_PAIR), closed));
        Map<String, List<Long>> behind = new LinkedHashMap<>();
        groups.forEach((figure, ids) -> behind.put(figure, List.copyOf(ids)));
        return new Indicators(
                period,
                therapist,
                closed,
                sessionCounts(),
                rate(Figure.WITHIN_E, Figure.OUTSIDE_E),
                count(Figure.NO_E),
                rate(Figure.MID_ON_TIME, Figure.MID_LATE),
                new Rate(count(Figure.BASELINE), closed),
                new Rate(count(Figure.END_MEASUREMENT), closed),
                outcomes,
                extensions,
                pareto(),
                new EnumMap<>(levels),
                new EnumMap<>(signals),
                actionSignals,
                new WaitingTime(
                        median(intakeDays),
                        mean(intakeDays),
                        IndicatorCalculator.INTAKE_NORM_DAYS,
                        rate(Figure.INTAKE_WITHIN_NORM, Figure.INTAKE_OUTSIDE_NORM)),
                new WaitingTime(
                        median(startDays),
                        mean(startDays),
                        IndicatorCalculator.START_NORM_DAYS,
                        rate(Figure.START_WITHIN_NORM, Figure.START_OUTSIDE_NORM)),
                closingReasons(),
                rate(Figure.CHECKLIST_COMPLETE, Figure.CHECKLIST_INCOMPLETE),
                count(Figure.NO_CHECKLIST),
                missingItems(),
                incompleteClosings.stream().sorted(BY_CLOSING_DATE).toList(),
                behind);
    }

    private SessionCounts sessionCounts() {
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        sessions.forEach(n -> histogram.merge(n, 1, Integer::sum));
        return new SessionCounts(median(sessions), mean(sessions), histogram);
    }

    /** The mean to one decimal, or null without values. */
    static @Nullable Double mean(List<Integer> values) {
        return values.isEmpty()
                ? null
                : Math.round(10.0 * values.stream().mapToInt(Integer::intValue).sum() / values.size()) / 10.0;
    }

    private Map<ClosingReason, Integer> closingReasons() {
        Map<ClosingReason, Integer> counts = new EnumMap<>(ClosingReason.class);
        for (ClosingReason reason : ClosingReason.values()) {
            counts.put(reason, count(Figure.CLOSING_REASON + reason.name()));
        }
        return counts;
    }

    private Map<ChecklistItem, Integer> missingItems() {
        Map<ChecklistItem, Integer> counts = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            int missed = count(Figure.MISSING + item.name());
            if (missed > 0) {
                counts.put(item, missed);
            }
        }
        return counts;
    }

    /** Reasons by count, most frequent first, with the cumulative share of all reasons given. */
    private List<ParetoBar> pareto() {
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<ExtensionReason, Integer>> sorted = reasons.entrySet().stream()
                .sorted(Map.Entry.<ExtensionReason, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<ParetoBar> bars = new ArrayList<>();
        int cumulative = 0;
        for (Map.Entry<ExtensionReason, Integer> entry : sorted) {
            cumulative += entry.getValue();
            bars.add(new ParetoBar(
                    entry.getKey().name(), entry.getValue(), Math.round(1000.0 * cumulative / total) / 10.0));
        }
        return bars;
    }

    private Rate rate(String yes, String no) {
        return new Rate(count(yes), count(yes) + count(no));
    }

    private int count(String figure) {
        LinkedHashSet<Long> ids = groups.get(figure);
        return ids == null ? 0 : ids.size();
    }

    static @Nullable Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
