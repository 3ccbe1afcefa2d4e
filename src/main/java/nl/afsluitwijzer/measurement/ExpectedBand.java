package nl.afsluitwijzer.measurement;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The expected course and its band (docs/expected-course.md) as a second dataset of the score plot, drawn behind the
 * client's totals: a dashed line for the expected score and a faint band for 8 in 10 comparable clients.
 */
final class ExpectedBand {

    static final Color LINE = new Color(0x6A, 0x4C, 0x93);
    static final Color FILL = new Color(0x6A, 0x4C, 0x93, 0x2E);
    static final Stroke DASHED =
            new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f);
    /** JFreeChart draws the highest dataset index first (reverse order), so this one lies behind the totals. */
    private static final int DATASET = 1;

    private ExpectedBand() {}

    static void add(XYPlot plot, ExpectedPath path) {
        YIntervalSeries series = new YIntervalSeries("expected", false, true);
        path.points()
                .forEach(point -> series.add(ScorePlot.at(point.date()), point.expected(), point.low(), point.high()));
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, DASHED);
        renderer.setSeriesFillPaint(0, FILL);
        renderer.setAlpha(1f);
        renderer.setDefaultSeriesVisibleInLegend(false);
        plot.setDataset(DATASET, dataset);
        plot.setRenderer(DATASET, renderer);
    }

    static LegendItem legendItem(String label) {
        return new LegendItem(
                label,
                null,
                null,
                null,
                true,
                new Rectangle2D.Double(-8, -5, 16, 10),
                true,
                FILL,
                false,
                LINE,
                DASHED,
                true,
                new Line2D.Double(-9, 0, 9, 0),
                DASHED,
                LINE);
    }
}
