package nl.afsluitwijzer.measurement;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.shared.chart.ChartLook;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGHints;

/**
 * The score line with a marker and the value per measurement. Each marker is an SVG group of
 * class {@value #MARKER_CLASS} with a title such as "18 op 5-1-2026", shown on hover and found
 * by tests and stylesheets.
 */
final class ScoreRenderer extends XYLineAndShapeRenderer {

    static final String MARKER_CLASS = "aw-measurement";

    private static final ItemLabelPosition BELOW =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);

    private final List<String> titles;
    private final List<Boolean> valuesBelow;

    /** One title per measurement, and whether its value goes below the marker instead of above it. */
    ScoreRenderer(List<String> titles, List<Boolean> valuesBelow) {
        super(true, true);
        this.titles = List.copyOf(titles);
        this.valuesBelow = List.copyOf(valuesBelow);
        setSeriesPaint(0, ChartStyle.SCORE);
        setSeriesStroke(0, ChartStyle.SCORE_LINE);
        setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        setUseOutlinePaint(true);
        setSeriesOutlinePaint(0, Color.WHITE);
        setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        setDefaultItemLabelGenerator(
                new StandardXYItemLabelGenerator("{2}", new DecimalFormat("0"), new DecimalFormat("0")));
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelFont(ChartLook.ITEM_LABEL);
        setDefaultItemLabelPaint(ChartStyle.SCORE);
        setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        setItemLabelAnchorOffset(4);
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
        return valuesBelow.get(item) ? BELOW : super.getPositiveItemLabelPosition(series, item);
    }

    /** The second pass draws the marker and its value, once per measurement: that is the group. */
    @Override
    protected void drawSecondaryPass(
            Graphics2D g2,
            XYPlot plot,
            XYDataset dataset,
            int pass,
            int series,
            int item,
            ValueAxis domainAxis,
            Rectangle2D dataArea,
            ValueAxis rangeAxis,
            CrosshairState crosshairState,
            EntityCollection entities) {
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", MARKER_CLASS));
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, titles.get(item));
        super.drawSecondaryPass(
                g2, plot, dataset, pass, series, item, domainAxis, dataArea, rangeAxis, crosshairState, entities);
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
}
