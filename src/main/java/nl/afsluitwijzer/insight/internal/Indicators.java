package nl.afsluitwijzer.insight.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.signal.SignalCode;
import org.jspecify.annotations.Nullable;

/**
 * The practice indicators of a period, for the practice or one therapist. Figures on closed treatments count
 * the treatments CLOSED, TRANSFERRED or DROPPED_OUT with their end date in the period; {@link #treatmentsBehind}
 * holds, per {@link Figure} name, the ids of the treatments behind it.
 *
 * @param outcomes per classification name (RECOVERED, RELIABLY_IMPROVED, UNCHANGED, RELIABLY_DETERIORATED) and
 *        NO_PAIR, mutually exclusive, each of all closed treatments
 * @param closingReasons per reason (all five, zero included), of the closed treatments closed through the checklist
 * @param checklistComplete of the closed treatments closed through the checklist, those with nothing missing
 * @param withoutChecklist closed treatments that ended another way (a phase change without the checklist)
 * @param missingItems per checklist item missed at least once, in checklist order
 * @param incompleteClosings the closings with items missing, with the reason given, by closing date (all of them:
 *        the CSV export lists them; a page or the Norm 1 report lists the most recent, see
 *        {@link #listedIncompleteClosings})
 */
public record Indicators(
        Period period,
        @Nullable Long therapistId,
        int closed,
        SessionCounts sessions,
        Rate withinExpected,
        int withoutExpected,
        Rate midEvaluationOnTime,
        Rate baseline,
        Rate endMeasurement,
        Map<String, Rate> outcomes,
        int extensions,
        List<ParetoBar> extensionReasons,
        Map<ReasonLevel, Integer> extensionLevels,
        Map<SignalCode, Integer> openSignals,
        int openActionSignals,
        WaitingTime toIntake,
        WaitingTime toStart,
        Map<ClosingReason, Integer> closingReasons,
        Rate checklistComplete,
        int withoutChecklist,
        Map<ChecklistItem, Integer> missingItems,
        List<ClosingRecord> incompleteClosings,
        Map<String, List<Long>> treatmentsBehind) {

    /**
     * How many incomplete closings a page or the Norm 1 report lists: a practice of 200 therapists closes thousands
     * a year with something missing, and a list of all of them made the report 200 pages long.
     */
    public static final int LISTED_INCOMPLETE_CLOSINGS = 50;

    /** The most recent incomplete closings, at most {@value #LISTED_INCOMPLETE_CLOSINGS}, by closing date. */
    public List<ClosingRecord> listedIncompleteClosings() {
        int all = incompleteClosings.size();
        return incompleteClosings.subList(Math.max(0, all - LISTED_INCOMPLETE_CLOSINGS), all);
    }

    /** The older incomplete closings that {@link #listedIncompleteClosings} leaves out (0 when it lists all). */
    public int unlistedIncompleteClosings() {
        return Math.max(0, incompleteClosings.size() - LISTED_INCOMPLETE_CLOSINGS);
    }

    /**
     * The same figures with each list cut to at most {@code limit} entries, so that an answer does not grow with the
     * practice: the most recent incomplete closings (in date order) and the first ids behind each figure.
     */
    public Indicators withListsCutTo(int limit) {
        int all = incompleteClosings.size();
        Map<String, List<Long>> firstIds = new LinkedHashMap<>();
        treatmentsBehind.forEach((figure, ids) -> firstIds.put(figure, ids.subList(0, Math.min(limit, ids.size()))));
        return new Indicators(
                period,
                therapistId,
                closed,
                sessions,
                withinExpected,
                withoutExpected,
                midEvaluationOnTime,
                baseline,
                endMeasurement,
                outcomes,
                extensions,
                extensionReasons,
                extensionLevels,
                openSignals,
                openActionSignals,
                toIntake,
                toStart,
                closingReasons,
                checklistComplete,
                withoutChecklist,
                missingItems,
                incompleteClosings.subList(Math.max(0, all - limit), all),
                firstIds);
    }

    /** The ids of the treatments behind a figure; empty for an unknown figure. */
    public List<Long> behind(String figure) {
        return treatmentsBehind.getOrDefault(figure, List.of());
    }
}
