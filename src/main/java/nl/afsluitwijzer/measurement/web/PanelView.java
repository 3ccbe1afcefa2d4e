package nl.afsluitwijzer.measurement.web;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.MeasurementSource;
import org.jspecify.annotations.Nullable;

/**
 * What the measurements panel shows, every text already in the reader's language.
 *
 * @param chart the primary instrument's progress chart (safe SVG), or null before its first measurement
 * @param outcome the classification and what it means, or null before there are two primary measurements
 * @param baselineOnly the line shown while there is only a baseline, or null
 */
public record PanelView(
        boolean canRecord,
        boolean hasGoals,
        @Nullable String primaryName,
        @Nullable String chart,
        @Nullable String chartText,
        @Nullable Outcome outcome,
        @Nullable String baselineOnly,
        List<GoalChart> goalCharts,
        List<Row> rows) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The classification's code (for its colour), its name and a one-line explanation. */
    record Outcome(String code, String name, String explanation) {}

    record GoalChart(String svg, String text) {}

    /** One measurement in the table; {@code goal} is the rated goal of a GBO row. */
    record Row(
            LocalDate date,
            String instrument,
            @Nullable String goal,
            int total,
            @Nullable String band,
            MeasurementSource source) {}
}
