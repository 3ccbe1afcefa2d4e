package nl.afsluitwijzer.insight.web;

import java.util.List;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the dashboard: this month's value, last month's, which way it moved and whether that is good,
 * and the figure to drill into.
 *
 * @param higherIsBetter null when neither direction is better in itself (the number closed)
 */
public record DashboardTile(
        String labelKey,
        String unit,
        @Nullable Double now,
        @Nullable Double before,
        @Nullable Boolean higherIsBetter,
        String figure,
        String definitionKey) {

    static List<DashboardTile> of(Indicators now, Indicators before) {
        return List.of(
                new DashboardTile(
                        "insight.dashboard.closed",
                        IndicatorRow.NUMBER,
                        (double) now.closed(),
                        (double) before.closed(),
                        null,
                        Figure.CLOSED,
                        "insight.definition.closed"),
                new DashboardTile(
                        "insight.dashboard.within-e",
                        IndicatorRow.PERCENT,
                        now.withinExpected().percent(),
                        before.withinExpected().percent(),
                        true,
                        Figure.OUTSIDE_E,
                        "insight.definition.within-e"),
                new DashboardTile(
                        "insight.dashboard.mid-on-time",
                        IndicatorRow.PERCENT,
                        now.midEvaluationOnTime().percent(),
                        before.midEvaluationOnTime().percent(),
                        true,
                        Figure.MID_LATE,
                        "insight.definition.mid-on-time"),
                new DashboardTile(
                        "insight.dashboard.action-signals",
                        IndicatorRow.NUMBER,
                        (double) now.openActionSignals(),
                        (double) before.openActionSignals(),
                        false,
                        Figure.OPEN_ACTION_SIGNALS,
                        "insight.definition.signals-action"),
                new DashboardTile(
                        "insight.dashboard.intake-median",
                        IndicatorRow.DAYS,
                        now.toIntake().medianDays(),
                        before.toIntake().medianDays(),
                        false,
                        Figure.INTAKE_OUTSIDE_NORM,
                        "insight.definition.intake-median"));
    }

    /** up, down, same, or none when either month has no value. */
    public String trend() {
        if (now == null || before == null) {
            return "none";
        }
        int compared = Double.compare(now, before);
        return compared > 0 ? "up" : compared < 0 ? "down" : "same";
    }

    /** good, bad or neutral, for the colour of the trend. */
    public String judgement() {
        String trend = trend();
        if (higherIsBetter == null || trend.equals("none") || trend.equals("same")) {
            return "neutral";
        }
        return trend.equals("up") == higherIsBetter ? "good" : "bad";
    }
}
