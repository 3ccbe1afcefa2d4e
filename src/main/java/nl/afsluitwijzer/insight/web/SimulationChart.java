package nl.afsluitwijzer.insight.web;

import java.util.List;
import nl.afsluitwijzer.insight.internal.SimulationResult;

/** Waiting-list length per week for two scenarios: the median as a line, the 10th–90th percentile as a band. */
final class SimulationChart {

    static final String NOW = "#2f6f8f";
    static final String SHORTER = "#c0702a";
    static final String MORE_SLOTS = "#5a8f3a";
    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 44;
    private static final int BOTTOM = 36;
    private static final int TOP = 14;

    private SimulationChart() {}

    static String of(
            SimulationResult now,
            SimulationResult shorter,
            SimulationResult moreSlots,
            String label,
            String weeksLabel) {
        Svg svg = new Svg(WIDTH, HEIGHT, label);
        double max = Math.max(
                1, Math.max(top(now.listLength()), Math.max(top(shorter.listLength()), top(moreSlots.listLength()))));
        int weeks = now.listLength().size();
        double plot = HEIGHT - TOP - BOTTOM;
        double step = (WIDTH - LEFT - 12.0) / Math.max(1, weeks - 1);
        svg.line(LEFT, TOP, LEFT, TOP + plot, "#666").line(LEFT, TOP + plot, WIDTH - 10, TOP + plot, "#666");
        svg.text(LEFT - 6, TOP + 4, "end", Long.toString(Math.round(max))).text(LEFT - 6, TOP + plot, "end", "0");
        for (int week = 0; week < weeks; week += 13) {
            svg.text(LEFT + week * step, HEIGHT - BOTTOM + 14, "middle", Integer.toString(week + 1));
        }
        svg.text(WIDTH / 2.0, HEIGHT - 6, "middle", weeksLabel);
        scenario(svg, now.listLength(), NOW, false, max, plot, step);
        scenario(svg, shorter.listLength(), SHORTER, true, max, plot, step);
        scenario(svg, moreSlots.listLength(), MORE_SLOTS, true, max, plot, step);
        return svg.toString();
    }

    private static void scenario(
            Svg svg,
            List<SimulationResult.Band> bands,
            String colour,
            boolean dashed,
            double max,
            double plot,
            double step) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder median = new StringBuilder();
        for (int week = 0; week < bands.size(); week++) {
            SimulationResult.Band band = bands.get(week);
            double x = LEFT + week * step;
            upper.append(Svg.point(x, y(band.p90(), max, plot)));
            median.append(Svg.point(x, y(band.p50(), max, plot)));
            lower.insert(0, Svg.point(x, y(band.p10(), max, plot)));
        }
        svg.polygon(upper.toString() + lower, colour).polyline(median.toString().trim(), colour, dashed);
    }

    private static double y(double value, double max, double plot) {
        return TOP + plot * (1 - value / max);
    }

    private static double top(List<SimulationResult.Band> bands) {
        return bands.stream().mapToDouble(SimulationResult.Band::p90).max().orElse(1);
    }
}
