package nl.afsluitwijzer.insight.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntFunction;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Rate;
import org.jspecify.annotations.Nullable;

/**
 * The histogram of sessions per closed treatment, the Pareto chart of extension reasons and the outcome bars, as
 * plain SVG with integer width and height (the PDF renderer needs them; pages scale the charts with CSS).
 */
final class IndicatorCharts {

    static final String BAR = "#2f6f8f";
    static final String LINE = "#b5472f";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;
    private static final int OUTCOME_ROW = 28;
    private static final int OUTCOME_LABELS = 210;

    private IndicatorCharts() {}

    /**
     * The three charts of the indicators in the reader's language, by model name (histogram, pareto, outcomeChart);
     * the histogram's bars link to their treatments (none when the link is null, as in a PDF).
     */
    static Map<String, Object> all(
            Indicators indicators, FigureLabels labels, Locale locale, IntFunction<@Nullable String> link) {
        SortedMap<Integer, Integer> histogram = indicators.sessions().histogram();
        return Map.of(
                "histogram",
                histogram(
                        histogram,
                        labels.text("insight.chart.histogram", locale),
                        n -> labels.text("insight.chart.histogram.bar", locale, n, histogram.getOrDefault(n, 0)),
                        link),
                "pareto",
                pareto(
                        indicators.extensionReasons(),
                        labels.reasons(locale),
                        labels.text("insight.chart.pareto", locale)),
                "outcomeChart",
                outcomes(
                        indicators.outcomes(),
                        labels.outcomes(locale),
                        labels.text("insight.chart.outcomes", locale),
                        locale));
    }

    /** One bar per number of sessions from 1 to the highest; each bar links to its treatments (none when null). */
    static String histogram(
            SortedMap<Integer, Integer> counts,
            String label,
            IntFunction<String> tooltip,
            IntFunction<@Nullable String> link) {
        Svg svg = new Svg(WIDTH, HEIGHT, label);
        if (counts.isEmpty()) {
            return svg.toString();
        }
        int maxSessions = counts.lastKey();
        int maxCount =
                counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double slot = (WIDTH - LEFT - 10.0) / maxSessions;
        double plot = HEIGHT - TOP - BOTTOM;
        axes(svg, maxCount, plot);
        for (int n = 1; n <= maxSessions; n++) {
            int count = counts.getOrDefault(n, 0);
            double x = LEFT + (n - 1) * slot;
            if (count > 0) {
                double height = plot * count / maxCount;
                String href = link.apply(n);
                if (href != null) {
                    svg.link(href, tooltip.apply(n));
                }
                svg.rect(x + 1, TOP + plot - height, Math.max(1, slot - 2), height, BAR)
                        .closeRect(tooltip.apply(n));
                if (href != null) {
                    svg.endLink();
                }
            }
            if (maxSessions <= 30 || n % 5 == 0) {
                svg.text(x + slot / 2, HEIGHT - BOTTOM + 14, "middle", Integer.toString(n));
            }
        }
        return svg.toString();
    }

    /** Bars sorted by count with the cumulative share as a line on a 0–100 % scale. */
    static String pareto(List<ParetoBar> bars, Map<String, String> labels, String label) {
        Svg svg = new Svg(WIDTH, HEIGHT + 60, label);
        if (bars.isEmpty()) {
            return svg.toString();
        }
        int maxCount = bars.get(0).count();
        double slot = (WIDTH - LEFT - 40.0) / bars.size();
        double plot = HEIGHT - TOP - BOTTOM;
        axes(svg, maxCount, plot);
        svg.text(WIDTH - 8, TOP + 4, "end", "100%").text(WIDTH - 8, TOP + plot, "end", "0%");
        StringBuilder cumulative = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            ParetoBar bar = bars.get(i);
            double x = LEFT + i * slot;
            double height = plot * bar.count() / maxCount;
            String name = labels.getOrDefault(bar.code(), bar.code());
            svg.rect(x + 4, TOP + plot - height, slot - 8, height, BAR).closeRect(name + ": " + bar.count());
            svg.text(x + slot / 2, HEIGHT - BOTTOM + 14 + (i % 3) * 14, "middle", shorten(name));
            cumulative.append(Svg.point(x + slot / 2, TOP + plot * (1 - bar.cumulativePercent() / 100)));
        }
        svg.polyline(cumulative.toString(), LINE, false);
        for (String point : cumulative.toString().trim().split(" ")) {
            String[] xy = point.split(",");
            svg.circle(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]), LINE);
        }
        return svg.toString();
    }

    /** One horizontal bar per outcome: its share of the closed treatments, with the percentage beside it. */
    static String outcomes(Map<String, Rate> outcomes, Map<String, String> labels, String label, Locale locale) {
        Svg svg = new Svg(WIDTH, TOP + OUTCOME_ROW * outcomes.size() + 8, label);
        double full = WIDTH - OUTCOME_LABELS - 70.0;
        int row = 0;
        for (Map.Entry<String, Rate> outcome : outcomes.entrySet()) {
            double y = TOP + row * OUTCOME_ROW;
            Rate rate = outcome.getValue();
            double percent = rate.percent() == null ? 0 : rate.percent();
            String name = labels.getOrDefault(outcome.getKey(), outcome.getKey());
            svg.text(OUTCOME_LABELS - 8, y + 15, "end", name);
            svg.rect(OUTCOME_LABELS, y + 3, Math.max(1, full * percent / 100), OUTCOME_ROW - 10, BAR)
                    .closeRect(name + ": " + rate.count() + "/" + rate.of());
            svg.text(
                    OUTCOME_LABELS + full * percent / 100 + 6,
                    y + 15,
                    "start",
                    String.format(locale, "%.1f%% (%d)", percent, rate.count()));
            row++;
        }
        return svg.toString();
    }

    private static void axes(Svg svg, int maxCount, double plot) {
        svg.line(LEFT, TOP, LEFT, TOP + plot, "#666").line(LEFT, TOP + plot, WIDTH - 10, TOP + plot, "#666");
        svg.text(LEFT - 6, TOP + 4, "end", Integer.toString(maxCount)).text(LEFT - 6, TOP + plot, "end", "0");
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }
}
