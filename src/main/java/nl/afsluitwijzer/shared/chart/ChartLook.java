package nl.afsluitwijzer.shared.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;

/** The look every chart shares: text colours and fonts, the grey of axes and gridlines, readable on screen and paper. */
public final class ChartLook {

    public static final Color TEXT = new Color(0x2B2B2B);
    public static final Color MUTED_TEXT = new Color(0x5C5C5C);
    public static final Color GRID = new Color(0xD0D4D9);

    public static final Stroke THIN = new BasicStroke(0.6f);

    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    public static final Font ITEM_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 10);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    public static final Font EMPTY = new Font(Font.SANS_SERIF, Font.ITALIC, 13);

    private ChartLook() {}

    /** Tick labels in the text colour, the axis line and tick marks as light as the gridlines. */
    public static void axis(Axis axis) {
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    /** What the plot says, in muted italics, when it has nothing to draw. */
    public static void noDataMessage(Plot plot, String message) {
        plot.setNoDataMessage(message);
        plot.setNoDataMessageFont(EMPTY);
        plot.setNoDataMessagePaint(MUTED_TEXT);
    }
}
