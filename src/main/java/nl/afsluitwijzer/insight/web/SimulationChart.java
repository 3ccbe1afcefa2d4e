package nl.afsluitwijzer.insight.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import nl.afsluitwijzer.insight.internal.SimulationResult;
import nl.afsluitwijzer.shared.chart.ChartLook;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Waiting-list length per week for three scenarios: the median as a line, the 10th–90th percentile as a band. */
final class SimulationChart {

    static final String NOW = "#2f6f8f";
    static final String SHORTER = "#c0702a";
    static final String MORE_SLOTS = "#5a8f3a";
    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);

    private SimulationChart() {}

    /** The chart, labelled; weeks are numbered from 1 along the bottom axis, named by {@code weeksLabel}. */
    static String of(
            SimulationResult now,
            SimulationResult shorter,
            SimulationResult moreSlots,
            String label,
            String weeksLabel) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(scenario("now", now.listLength()));
        dataset.addSeries(scenario("shorter", shorter.listLength()));
        dataset.addSeries(scenario("more-slots", moreSlots.listLength()));
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        String[] colours = {NOW, SHORTER, MORE_SLOTS};
        for (int series = 0; series < colours.length; series++) {
            renderer.setSeriesPaint(series, Color.decode(colours[series]));
            renderer.setSeriesFillPaint(series, Color.decode(colours[series]));
            renderer.setSeriesStroke(series, series == 0 ? SOLID : DASHED);
        }
        NumberAxis weeks = new NumberAxis(weeksLabel);
        weeks.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        weeks.setRange(1, Math.max(2, now.listLength().size()));
        weeks.setLabelFont(ChartLook.AXIS_LABEL);
        weeks.setLabelPaint(ChartLook.MUTED_TEXT);
        XYPlot plot = InsightChart.lines(new XYPlot(dataset, weeks, InsightChart.countAxis(), renderer));
        return InsightChart.svg(plot, WIDTH, HEIGHT, "insight-simulation", label);
    }

    private static YIntervalSeries scenario(String key, List<SimulationResult.Band> bands) {
        YIntervalSeries series = new YIntervalSeries(key);
        for (int week = 0; week < bands.size(); week++) {
            SimulationResult.Band band = bands.get(week);
            series.add(week + 1, band.p50(), band.p10(), band.p90());
        }
        return series;
    }
}
