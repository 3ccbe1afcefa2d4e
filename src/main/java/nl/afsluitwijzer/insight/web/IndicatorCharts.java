package nl.afsluitwijzer.insight.web;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntFunction;
import nl.afsluitwijzer.insight.ParetoBar;

/** The histogram of sessions per closed treatment and the Pareto chart of extension reasons, as plain SVG. */
final class IndicatorCharts {

    static final String BAR = "#2f6f8f";
    static final String LINE = "#b5472f";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;

    private IndicatorCharts() {
    }

    /** One bar per number of sessions from 1 to the highest; each bar links to its treatments. */
    static String histogram(SortedMap<Integer, Integer> counts, String label, IntFunction<String> tooltip,
            IntFunction<String> link) {
        Svg svg = new Svg(WIDTH, HEIGHT, label);
        if (counts.isEmpty()) {
            return svg.toString();
        }
        int maxSessions = counts.lastKey();
        int maxCount = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double slot = (WIDTH - LEFT - 10.0) / maxSessions;
        double plot = HEIGHT - TOP - BOTTOM;
        axes(svg, maxCount, plot);
        for (int n = 1; n <= maxSessions; n++) {
            int count = counts.getOrDefault(n, 0);
            double x = LEFT + (n - 1) * slot;
            if (count > 0) {
                double height = plot * count / maxCount;
                svg.link(link.apply(n)).rect(x + 1, TOP + plot - height, Math.max(1, slot - 2), height, BAR)
                        .closeRect(tooltip.apply(n)).endLink();
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

    private static void axes(Svg svg, int maxCount, double plot) {
        svg.line(LEFT, TOP, LEFT, TOP + plot, "#666").line(LEFT, TOP + plot, WIDTH - 10, TOP + plot, "#666");
        svg.text(LEFT - 6, TOP + 4, "end", Integer.toString(maxCount)).text(LEFT - 6, TOP + plot, "end", "0");
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }
}
