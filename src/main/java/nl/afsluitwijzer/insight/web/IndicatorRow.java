package nl.afsluitwijzer.insight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.insight.internal.WaitingTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of the indicator table and the CSV: a value with its unit, the count behind it, the footnote that
 * says how it is computed, and the figures to drill into (the treatments counted, and the others).
 */
public record IndicatorRow(
        String figure,
        String labelKey,
        @Nullable Double value,
        String unit,
        @Nullable Integer count,
        @Nullable Integer of,
        String definitionKey,
        @Nullable String complement) {

    static final String PERCENT = "percent";
    static final String NUMBER = "number";
    static final String DAYS = "days";

    static List<IndicatorRow> of(Indicators indicators) {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(count(Figure.CLOSED, indicators.closed()));
        rows.add(new IndicatorRow(
                Figure.CLOSED,
                "insight.figure.sessions-median",
                indicators.sessions().median(),
                NUMBER,
                null,
                null,
                "insight.definition.sessions",
                null));
        rows.add(new IndicatorRow(
                Figure.CLOSED,
                "insight.figure.sessions-mean",
                indicators.sessions().mean(),
                NUMBER,
                null,
                null,
                "insight.definition.sessions",
                null));
        rows.add(rate(Figure.WITHIN_E, indicators.withinExpected(), Figure.OUTSIDE_E));
        rows.add(count(Figure.NO_E, indicators.withoutExpected()));
        rows.add(rate(Figure.MID_ON_TIME, indicators.midEvaluationOnTime(), Figure.MID_LATE));
        rows.add(rate(Figure.BASELINE, indicators.baseline(), Figure.NO_BASELINE));
        rows.add(rate(Figure.END_MEASUREMENT, indicators.endMeasurement(), Figure.NO_END_MEASUREMENT));
        for (Map.Entry<String, Rate> outcome : indicators.outcomes().entrySet()) {
            rows.add(rate(Figure.OUTCOME + outcome.getKey(), outcome.getValue(), null));
        }
        rows.add(rate(Figure.CHECKLIST_COMPLETE, indicators.checklistComplete(), Figure.CHECKLIST_INCOMPLETE));
        rows.add(count(Figure.NO_CHECKLIST, indicators.withoutChecklist()));
        rows.add(count(Figure.EXTENDED, indicators.extensions()));
        waiting(rows, indicators.toIntake(), "intake", Figure.INTAKE_WITHIN_NORM, Figure.INTAKE_OUTSIDE_NORM);
        waiting(rows, indicators.toStart(), "start", Figure.START_WITHIN_NORM, Figure.START_OUTSIDE_NORM);
        rows.add(count(Figure.OPEN_ACTION_SIGNALS, indicators.openActionSignals()));
        return rows;
    }

    private static void waiting(List<IndicatorRow> rows, WaitingTime wait, String step, String within, String outside) {
        rows.add(new IndicatorRow(
                within,
                "insight.figure." + step + "-median",
                wait.medianDays(),
                DAYS,
                null,
                null,
                "insight.definition." + step + "-median",
                null));
        rows.add(new IndicatorRow(
                within,
                "insight.figure." + step + "-mean",
                wait.meanDays(),
                DAYS,
                null,
                null,
                "insight.definition." + step + "-median",
                null));
        rows.add(rate(within, wait.withinNorm(), outside));
    }

    private static IndicatorRow count(String figure, int count) {
        return new IndicatorRow(
                figure, labelKey(figure), (double) count, NUMBER, count, null, Figure.definitionKey(figure), null);
    }

    private static IndicatorRow rate(String figure, Rate rate, @Nullable String complement) {
        return new IndicatorRow(
                figure,
                labelKey(figure),
                rate.percent(),
                PERCENT,
                rate.count(),
                rate.of(),
                Figure.definitionKey(figure),
                complement);
    }

    /** The footnote number of each definition: those of the rows first, then those of the tables after them. */
    static Map<String, Integer> footnotes(List<IndicatorRow> rows, List<String> tableDefinitions) {
        Map<String, Integer> notes = new LinkedHashMap<>();
        rows.forEach(row -> notes.putIfAbsent(row.definitionKey(), notes.size() + 1));
        tableDefinitions.forEach(key -> notes.putIfAbsent(key, notes.size() + 1));
        return notes;
    }

    static String labelKey(String figure) {
        return "insight.figure." + figure;
    }
}
