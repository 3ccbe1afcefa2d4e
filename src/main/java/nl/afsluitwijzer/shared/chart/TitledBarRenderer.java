package nl.afsluitwijzer.shared.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGHints;
import org.jspecify.annotations.Nullable;

/**
 * Flat bars, each an SVG group with a {@code <title>} (the tooltip a pointer shows) and, where the bar has a link, an
 * {@code <a>} named by the same text, which {@link ChartSvg#labelled} writes. A bar whose value is null is not drawn.
 */
public final class TitledBarRenderer extends BarRenderer {

    private final transient Bars bars;

    /** What the renderer asks about the bar at a row and column of the dataset. */
    public interface Bars {

        String title(int row, int column);

        /** Where the bar leads, or null for a bar that is not a link (as in a PDF). */
        default @Nullable String link(int row, int column) {
            return null;
        }

        /** The value written at the end of a horizontal bar after {@link #showValues()}, or null for none. */
        default @Nullable String value(int row, int column) {
            return null;
        }

        /** The bar's own colour, or null for the renderer's. */
        default @Nullable Paint colour(int row, int column) {
            return null;
        }
    }

    public TitledBarRenderer(Paint colour, Bars bars) {
        this.bars = bars;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setDefaultPaint(colour);
        setAutoPopulateSeriesPaint(false);
        setItemMargin(0);
    }

    /** Writes each horizontal bar's {@link Bars#value} to the right of it. */
    public TitledBarRenderer showValues() {
        setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public @Nullable String generateLabel(CategoryDataset dataset, int row, int column) {
                return bars.value(row, column);
            }
        });
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelFont(ChartLook.TICK);
        setDefaultItemLabelPaint(ChartLook.TEXT);
        ItemLabelPosition outside = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        setDefaultPositiveItemLabelPosition(outside);
        setPositiveItemLabelPositionFallback(outside);
        setItemLabelAnchorOffset(4);
        return this;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        Paint own = bars.colour(row, column);
        return own == null ? super.getItemPaint(row, column) : own;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        if (dataset.getValue(row, column) == null) {
            return;
        }
        String title = bars.title(row, column);
        Map<String, String> group = new LinkedHashMap<>();
        String link = bars.link(row, column);
        if (link != null) {
            group.put(ChartSvg.LINK, link);
            group.put("aria-label", title);
        }
        g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, title);
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
}
