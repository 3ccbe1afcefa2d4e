package nl.afsluitwijzer.insight.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.afsluitwijzer.measurement.CourseCalibration;
import nl.afsluitwijzer.shared.chart.TitledBarRenderer;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * The small chart of a calibration: three bars from 0 to 100 % over a grey track (within the band, with a mark at the
 * nominal 80 %; non-improvers flagged; improvers flagged); a share that is unknown (no measurement, nobody in the
 * group) is drawn as the track alone.
 */
final class CalibrationChart {

    static final Color GOOD = InsightChart.BAR;
    static final Color ALARM = InsightChart.LINE;
    static final Color NOMINAL = new Color(0x333333);
    static final Color TRACK = new Color(0xEEEEEE);
    private static final int WIDTH = 520;
    private static final int HEIGHT = 130;

    private CalibrationChart() {}

    /** The chart, labelled; {@code rows} are the three bar labels (the first names the nominal 80 %, drawn as a mark). */
    static String of(CourseCalibration calibration, String label, String[] rows) {
        @Nullable
        Double[] shares = {
            calibration.coverage(),
            calibration.outcomes().sensitivity(),
            calibration.outcomes().falseAlarmRate()
        };
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset track = new DefaultCategoryDataset();
        for (int row = 0; row < rows.length; row++) {
            values.addValue(shares[row], "share", rows[row]);
            track.addValue(1, "track", rows[row]);
        }
        NumberAxis scale = new NumberAxis(null);
        // room to the right of the track for the percentage
        scale.setRange(0, 1.12);
        scale.setTickUnit(
                new NumberTickUnit(0.2, new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        CategoryPlot plot = InsightChart.bars(values, shareBars(rows, shares), scale, PlotOrientation.HORIZONTAL);
        plot.setDataset(1, track);
        plot.setRenderer(1, trackBars(rows, shares));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getDomainAxis().setCategoryMargin(0.35);
        plot.addAnnotation(new NominalMark(rows[0]));
        return InsightChart.svg(plot, WIDTH, HEIGHT, "insight-calibration-" + id(calibration.instrument()), label);
    }

    /** The known shares, the last (improvers flagged: false alarms) in the alarm colour. */
    private static TitledBarRenderer shareBars(String[] rows, @Nullable Double[] shares) {
        return new TitledBarRenderer(GOOD, new TitledBarRenderer.Bars() {
            /** Asked only for a drawn bar, that is a known share. */
            @Override
            public String title(int row, int column) {
                Double share = shares[column];
                return rows[column] + ": " + percent(share == null ? 0 : share);
            }

            @Override
            public Paint colour(int row, int column) {
                return column == rows.length - 1 ? ALARM : GOOD;
            }
        });
    }

    /** The grey 0–100 % behind each share, with the share written after its end, clear of the nominal mark. */
    private static TitledBarRenderer trackBars(String[] rows, @Nullable Double[] shares) {
        return new TitledBarRenderer(TRACK, new TitledBarRenderer.Bars() {
                    @Override
                    public String title(int row, int column) {
                        return rows[column];
                    }

                    @Override
                    public @Nullable String value(int row, int column) {
                        Double share = shares[column];
                        return share == null ? null : percent(share);
                    }
                })
                .showValues();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String id(String instrument) {
        return instrument.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /** A short upright line across the first bar at the nominal coverage of 80 %. */
    private static final class NominalMark extends AbstractAnnotation implements CategoryAnnotation {

        private final String row;

        NominalMark(String row) {
            this.row = row;
        }

        @Override
        public void draw(
                Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis, ValueAxis rangeAxis) {
            CategoryDataset dataset = plot.getDataset();
            int column = dataset == null ? -1 : dataset.getColumnIndex(row);
            if (column < 0) {
                return;
            }
            int count = dataset.getColumnCount();
            double top = domainAxis.getCategoryStart(column, count, dataArea, plot.getDomainAxisEdge());
            double bottom = domainAxis.getCategoryEnd(column, count, dataArea, plot.getDomainAxisEdge());
            double x = rangeAxis.valueToJava2D(CourseCalibration.NOMINAL_COVERAGE, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(NOMINAL);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(new Line2D.Double(x, top - 4, x, bottom + 4));
        }
    }
}
