package nl.afsluitwijzer.insight.web;

import java.awt.Color;
import nl.afsluitwijzer.shared.chart.ChartLook;
import nl.afsluitwijzer.shared.chart.ChartSvg;
import nl.afsluitwijzer.shared.chart.TitledBarRenderer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;

/**
 * The frame of the insight charts: plots in the shared look, and the chart as an {@code <svg>} of the class the pages
 * style, named by its label (the pages show the chart's title as a heading above it, so the chart has none inside).
 */
final class InsightChart {

    static final String CSS_CLASS = "insight-chart";
    static final Color BAR = new Color(0x2F6F8F);
    static final Color LINE = new Color(0xB5472F);

    private InsightChart() {}

    /** Bars on a white plot with light gridlines along the values. */
    static CategoryPlot bars(
            CategoryDataset dataset, TitledBarRenderer renderer, NumberAxis values, PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis(null);
        ChartLook.axis(categories);
        // the pages scale a chart down into a column: the names of the bars keep a readable size
        categories.setTickLabelFont(ChartLook.AXIS_LABEL);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        ChartLook.axis(values);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(orientation);
        if (orientation == PlotOrientation.HORIZONTAL) {
            // the values' scale under lying bars, where one reads a scale
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(ChartLook.THIN);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** A line plot in the same look. */
    static XYPlot lines(XYPlot plot) {
        ChartLook.axis(plot.getDomainAxis());
        ChartLook.axis(plot.getRangeAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartLook.GRID);
        plot.setRangeGridlineStroke(ChartLook.THIN);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Whole numbers from zero: counts of treatments, of extensions, of clients waiting. */
    static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis(null);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    static String svg(Plot plot, int width, int height, String id, String label) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 8));
        return ChartSvg.labelled(chart, width, height, id, CSS_CLASS, label);
    }
}
