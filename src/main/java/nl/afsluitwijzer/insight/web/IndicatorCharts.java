package nl.afsluitwijzer.insight.web;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntFunction;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.shared.chart.ChartLook;
import nl.afsluitwijzer.shared.chart.TitledBarRenderer;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The histogram of sessions per closed treatment, the Pareto chart of extension reasons and the outcome bars, drawn
 * with integer width and height (the PDF renderer needs them; pages scale the charts with CSS).
 */
final class IndicatorCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int PARETO_AXES = 60;
    private static final int PARETO_ROW = 30;
    private static final int OUTCOME_ROW = 30;
    private static final int EVERY_BAR_LABELLED = 30;

    private IndicatorCharts() {}

    /**
     * The three charts of the indicators in the reader's language, by model name (histogram, pareto, outcomeChart);
     * the histogram's bars link to their treatments (none when the link is null, as in a PDF).
     */
    static Map<String, Object> all(
            Indicators indicators, FigureLabels labels, Locale locale, IntFunction<@Nullable String> link) {
        SortedMap<Integer, Integer> histogram = indicators.sessions().histogram();
        String empty = labels.text("insight.chart.empty", locale);
        return Map.of(
                "histogram",
                histogram(
                        histogram,
                        labels.text("insight.chart.histogram", locale),
                        n -> labels.text("insight.chart.histogram.bar", locale, n, histogram.getOrDefault(n, 0)),
                        link,
                        empty),
                "pareto",
                pareto(
                        indicators.extensionReasons(),
                        labels.reasons(locale),
                        labels.text("insight.chart.pareto", locale),
                        empty),
                "outcomeChart",
                outcomes(
                        indicators.outcomes(),
                        labels.outcomes(locale),
                        labels.text("insight.chart.outcomes", locale),
                        locale));
    }

    /**
     * One bar per number of sessions from 1 to the highest, every number written under its bar (every fifth when
     * there are more than {@value #EVERY_BAR_LABELLED}); each bar links to its treatments (none when null).
     */
    static String histogram(
            SortedMap<Integer, Integer> counts,
            String label,
            IntFunction<String> tooltip,
            IntFunction<@Nullable String> link,
            String empty) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int maxSessions = counts.isEmpty() ? 0 : counts.lastKey();
        for (int n = 1; n <= maxSessions; n++) {
            int count = counts.getOrDefault(n, 0);
            boolean written = maxSessions <= EVERY_BAR_LABELLED || n % 5 == 0;
            dataset.addValue(
                    count == 0 ? null : count, "treatments", new Category(n, written ? Integer.toString(n) : ""));
        }
        TitledBarRenderer bars = new TitledBarRenderer(InsightChart.BAR, new TitledBarRenderer.Bars() {
            @Override
            public String title(int row, int column) {
                return tooltip.apply(column + 1);
            }

            @Override
            public @Nullable String link(int row, int column) {
                return link.apply(column + 1);
            }
        });
        bars.setMaximumBarWidth(0.08);
        CategoryPlot plot = InsightChart.bars(dataset, bars, InsightChart.countAxis(), PlotOrientation.VERTICAL);
        plot.getDomainAxis().setCategoryMargin(0.15);
        // a number may be wider than its bar when there are many
        plot.getDomainAxis()
                .setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                        CategoryLabelPositions.STANDARD,
                        new CategoryLabelPosition(
                                RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 4f)));
        ChartLook.noDataMessage(plot, empty);
        return InsightChart.svg(plot, WIDTH, HEIGHT, "insight-histogram", label);
    }

    /**
     * Bars sorted by count, one row per reason from the most frequent down, with the cumulative share as a line on a
     * 0–100 % scale along the top; lying bars leave room for the reasons' full names.
     */
    static String pareto(List<ParetoBar> bars, Map<String, String> labels, String label, String empty) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        for (ParetoBar bar : bars) {
            String reason = labels.getOrDefault(bar.code(), bar.code());
            counts.addValue(bar.count(), "count", reason);
            cumulative.addValue(bar.cumulativePercent(), "cumulative", reason);
        }
        TitledBarRenderer renderer = new TitledBarRenderer(
                InsightChart.BAR,
                (row, column) ->
                        counts.getColumnKey(column) + ": " + bars.get(column).count());
        CategoryPlot plot = InsightChart.bars(counts, renderer, InsightChart.countAxis(), PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setCategoryMargin(0.3);
        plot.setRangeAxis(1, percentAxis());
        plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        plot.setDataset(1, cumulative);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, cumulativeLine());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartLook.noDataMessage(plot, empty);
        return InsightChart.svg(
                plot, WIDTH, PARETO_AXES + PARETO_ROW * Math.max(3, bars.size()), "insight-pareto", label);
    }

    /** One horizontal bar per outcome: its share of the closed treatments, with the percentage beside it. */
    static String outcomes(Map<String, Rate> outcomes, Map<String, String> labels, String label, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Map.Entry<String, Rate>> rows = List.copyOf(outcomes.entrySet());
        for (Map.Entry<String, Rate> outcome : rows) {
            Double percent = outcome.getValue().percent();
            dataset.addValue(
                    percent == null ? 0 : percent, "share", labels.getOrDefault(outcome.getKey(), outcome.getKey()));
        }
        TitledBarRenderer renderer = new TitledBarRenderer(InsightChart.BAR, new TitledBarRenderer.Bars() {
                    @Override
                    public String title(int row, int column) {
                        Rate rate = rows.get(column).getValue();
                        return dataset.getColumnKey(column) + ": " + rate.count() + "/" + rate.of();
                    }

                    @Override
                    public String value(int row, int column) {
                        Rate rate = rows.get(column).getValue();
                        double percent = rate.percent() == null ? 0 : rate.percent();
                        return String.format(locale, "%.1f%% (%d)", percent, rate.count());
                    }
                })
                .showValues();
        NumberAxis shares = new NumberAxis(null);
        // room to the right of a full bar for its percentage and count
        shares.setRange(0, 125);
        shares.setVisible(false);
        CategoryPlot plot = InsightChart.bars(dataset, renderer, shares, PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.getDomainAxis().setCategoryMargin(0.3);
        return InsightChart.svg(plot, WIDTH, 16 + OUTCOME_ROW * outcomes.size(), "insight-outcomes", label);
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis(null);
        // a little past 100 % so that the last point is drawn whole
        axis.setRange(0, 104);
        axis.setTickUnit(
                new NumberTickUnit(25, new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        ChartLook.axis(axis);
        return axis;
    }

    private static LineAndShapeRenderer cumulativeLine() {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, InsightChart.LINE);
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        return line;
    }

    /** A number of sessions on the axis, written there as its label, which may be empty (between the fifths). */
    private record Category(int order, String label) implements Comparable<Category> {

        @Override
        public int compareTo(Category other) {
            return Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
