package nl.afsluitwijzer.measurement;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The progress charts' own colours, strokes and fonts, chosen to read well on screen, on paper and in grey; the text,
 * grid and axis look all charts share is {@link nl.afsluitwijzer.shared.chart.ChartLook}.
 */
final class ChartStyle {

    static final Color SCORE = new Color(0x1F4E79);
    static final Color CUTOFF = new Color(0xB03A2E);
    static final Color SESSION = new Color(0x5F6B7A);
    static final Color RELIABLE_CHANGE = new Color(0x1F, 0x4E, 0x79, 0x1A);
    static final Color RELIABLE_CHANGE_EDGE = new Color(0x1F, 0x4E, 0x79, 0x80);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 0xD0);

    static final Stroke SCORE_LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke CUTOFF_LINE =
            new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    static final Stroke SESSION_TICK = new BasicStroke(1.5f);
    static final Stroke DOTTED =
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font BAND_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Font GOAL_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    private ChartStyle() {}

    /**
     * A faint tint per severity band, from green for the best band to red for the worst, light
     * enough that the score line and labels stay the strongest marks.
     */
    static Color bandTint(int index, int count, Direction direction) {
        double worstness = count == 1 ? 0 : (double) index / (count - 1);
        if (direction == Direction.HIGHER_IS_BETTER) {
            worstness = 1 - worstness;
        }
        float hue = (float) ((1 - worstness) * 120 / 360);
        return Color.getHSBColor(hue, 0.09f, 0.99f);
    }
}
