package nl.afsluitwijzer.measurement.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.GoalChartData;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.ProgressChart;
import nl.afsluitwijzer.treatment.Goal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The outcome line, the baseline-only line and the goal charts of the measurements panel. */
@Component
class PanelTexts {

    private final MessageSource messages;
    private final InstrumentCatalog catalog;
    private final ProgressChart charts;

    PanelTexts(MessageSource messages, InstrumentCatalog catalog, ProgressChart charts) {
        this.messages = messages;
        this.catalog = catalog;
        this.charts = charts;
    }

    /** "Hersteld" with what it means: baseline against latest, the points of change and the reliable change. */
    PanelView.@Nullable Outcome outcome(MeasurementHistory history, Locale locale) {
        Instrument primary = history.primary();
        Classification classification = history.classification().orElse(null);
        if (primary == null || classification == null) {
            return null;
        }
        MeasurementRecord baseline = history.baseline().orElseThrow();
        MeasurementRecord latest = history.latest().orElseThrow();
        int change = Math.abs(primary.thresholds().improvement(baseline.total(), latest.total()));
        String explanation = messages.getMessage(
                "measurement.outcome." + classification.name(),
                new Object[] {
                    baseline.total(),
                    date(baseline.date(), locale),
                    latest.total(),
                    date(latest.date(), locale),
                    change,
                    primary.reliableChange(),
                    primary.clinicalCutoff() == null ? "–" : primary.clinicalCutoff()
                },
                locale);
        return new PanelView.Outcome(
                classification.name(), messages.getMessage(classification.messageKey(), null, locale), explanation);
    }

    @Nullable
    String baselineOnly(MeasurementHistory history, Locale locale) {
        if (history.primarySeries().size() != 1) {
            return null;
        }
        MeasurementRecord baseline = history.baseline().orElseThrow();
        return messages.getMessage(
                "measurement.panel.baseline-only",
                new Object[] {baseline.total(), date(baseline.date(), locale)},
                locale);
    }

    /** One small chart per goal that has ratings, in the order of the goals. */
    List<PanelView.GoalChart> goalCharts(MeasurementHistory history, List<Goal> goals, Locale locale) {
        Map<Long, List<MeasurementRecord>> ratings = history.goalRatings();
        List<PanelView.GoalChart> result = new ArrayList<>();
        for (Goal goal : goals) {
            List<MeasurementRecord> rated = ratings.get(goal.getId());
            Instrument instrument = rated == null
                    ? null
                    : catalog.find(rated.get(0).instrument()).orElse(null);
            if (instrument != null && instrument.perGoal()) {
                GoalChartData data = new GoalChartData(
                        instrument,
                        goal.getDescription(),
                        Objects.requireNonNull(rated, "the instrument came from it").stream()
                                .map(MeasurementRecord::datedScore)
                                .toList(),
                        locale);
                result.add(new PanelView.GoalChart(charts.renderGoalChart(data), charts.textAlternative(data)));
            }
        }
        return result;
    }

    private String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("measurement.chart.datePattern", null, locale), locale)
                .format(date);
    }
}
