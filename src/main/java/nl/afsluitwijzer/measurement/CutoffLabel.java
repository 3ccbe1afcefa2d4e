package nl.afsluitwijzer.measurement;

import java.util.List;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Where the label of the cut-off line goes: the first of above-left, above-right, below-left and
 * below-right where no measurement sits under it, so the label never hides a score.
 */
enum CutoffLabel {
    ABOVE_LEFT(true, true, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT),
    ABOVE_RIGHT(true, false, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT),
    BELOW_LEFT(false, true, RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT),
    BELOW_RIGHT(false, false, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);

    /** The label's size as a share of the plot. */
    private static final double WIDTH_SHARE = 0.24;

    private static final double HEIGHT_SHARE = 0.07;
    /** What a measurement takes up as a share of the plot's height: its marker below, marker and value above. */
    private static final double MARKER_SHARE = 0.03;

    private static final double VALUE_SHARE = 0.10;

    private final boolean above;
    private final boolean left;
    final RectangleAnchor anchor;
    final TextAnchor textAnchor;

    CutoffLabel(boolean above, boolean left, RectangleAnchor anchor, TextAnchor textAnchor) {
        this.above = above;
        this.left = left;
        this.anchor = anchor;
        this.textAnchor = textAnchor;
    }

    /**
     * @param edge where the line is, on the score axis
     * @param points the measurements as (date, total) in axis units
     */
    static CutoffLabel place(double edge, List<double[]> points, double[] dateRange, double[] scoreRange) {
        for (CutoffLabel label : values()) {
            if (points.stream().noneMatch(point -> label.covers(point, edge, dateRange, scoreRange))) {
                return label;
            }
        }
        return ABOVE_LEFT;
    }

    private boolean covers(double[] point, double edge, double[] dateRange, double[] scoreRange) {
        double x = (point[0] - dateRange[0]) / (dateRange[1] - dateRange[0]);
        double y = (point[1] - edge) / (scoreRange[1] - scoreRange[0]);
        boolean besideLabel = left ? x <= WIDTH_SHARE : x >= 1 - WIDTH_SHARE;
        double labelLow = above ? 0 : -HEIGHT_SHARE;
        double labelHigh = above ? HEIGHT_SHARE : 0;
        return besideLabel && y - MARKER_SHARE < labelHigh && y + VALUE_SHARE > labelLow;
    }
}
