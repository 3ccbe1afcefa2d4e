package nl.afsluitwijzer.measurement;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import nl.afsluitwijzer.shared.chart.ChartLook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jspecify.annotations.Nullable;

/** The title and legend around a score plot. */
final class ChartFrame {

    private ChartFrame() {}

    /** With a legend for what is drawn: measurements and their reliable-change zone, sessions. */
    static JFreeChart progress(
            XYPlot plot,
            String title,
            String scoreCaption,
            ChartLabels labels,
            Instrument instrument,
            boolean measurements,
            boolean sessions,
            @Nullable ExpectedPath expected) {
        JFreeChart chart = frame(plot, title, ChartStyle.TITLE, 1, scoreCaption);
        LegendItemCollection items = new LegendItemCollection();
        if (measurements) {
            items.add(measurementItem(labels.text("measurement.chart.legend.measurement")));
        }
        if (sessions) {
            items.add(shapeItem(
                    labels.text("measurement.chart.legend.session"),
                    new Rectangle2D.Double(-1, -6, 2, 12),
                    ChartStyle.SESSION));
        }
        if (measurements) {
            items.add(reliableChangeItem(
                    labels.text("measurement.chart.legend.reliableChange", instrument.reliableChange())));
        }
        if (expected != null) {
            items.add(ExpectedBand.legendItem(labels.text(
                    expected.learned()
                            ? "measurement.chart.legend.expected.learned"
                            : "measurement.chart.legend.expected.default")));
        }
        if (items.getItemCount() == 0) {
            return chart;
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setItemFont(ChartLook.LEGEND);
        legend.setItemPaint(ChartLook.TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setMargin(new RectangleInsets(6, 0, 0, 0));
        chart.addLegend(legend);
        return chart;
    }

    static JFreeChart goal(XYPlot plot, String goal, String scoreCaption) {
        return frame(plot, goal, ChartStyle.GOAL_TITLE, 2, scoreCaption);
    }

    /** The title, and under it, over the score axis, what the score is and which way is better. */
    private static JFreeChart frame(XYPlot plot, String title, Font font, int titleLines, String scoreCaption) {
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle text = new TextTitle(title, font);
        text.setPaint(ChartLook.TEXT);
        text.setHorizontalAlignment(HorizontalAlignment.LEFT);
        text.setTextAlignment(HorizontalAlignment.LEFT);
        text.setMaximumLinesToDisplay(titleLines);
        text.setMargin(new RectangleInsets(0, 0, 4, 0));
        chart.setTitle(text);
        TextTitle caption = new TextTitle(scoreCaption, ChartLook.AXIS_LABEL);
        caption.setPaint(ChartLook.MUTED_TEXT);
        caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
        caption.setMargin(new RectangleInsets(0, 0, 6, 0));
        chart.addSubtitle(caption);
        return chart;
    }

    private static LegendItem measurementItem(String label) {
        Shape marker = new Ellipse2D.Double(-4, -4, 8, 8);
        return new LegendItem(
                label,
                null,
                null,
                null,
                true,
                marker,
                true,
                ChartStyle.SCORE,
                false,
                ChartStyle.SCORE,
                ChartLook.THIN,
                true,
                new Line2D.Double(-9, 0, 9, 0),
                ChartStyle.SCORE_LINE,
                ChartStyle.SCORE);
    }

    private static LegendItem reliableChangeItem(String label) {
        return new LegendItem(
                label,
                null,
                null,
                null,
                true,
                new Rectangle2D.Double(-8, -5, 16, 10),
                true,
                ChartStyle.RELIABLE_CHANGE,
                true,
                ChartStyle.RELIABLE_CHANGE_EDGE,
                ChartStyle.DOTTED,
                false,
                new Line2D.Double(),
                ChartLook.THIN,
                ChartStyle.SCORE);
    }

    private static LegendItem shapeItem(String label, Shape shape, Color colour) {
        return new LegendItem(label, null, null, null, shape, colour);
    }
}
