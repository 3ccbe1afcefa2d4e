package nl.afsluitwijzer.insight.web;

import java.util.Locale;
import nl.afsluitwijzer.measurement.CourseCalibration;
import org.jspecify.annotations.Nullable;

/**
 * The small chart of a calibration: three bars from 0 to 100 % (within the band, with a mark at the nominal 80 %;
 * non-improvers flagged; improvers flagged), as plain SVG with presentation attributes only.
 */
final class CalibrationChart {

    static final String GOOD = "#2f6f8f";
    static final String ALARM = "#b5472f";
    static final String NOMINAL = "#333";
    private static final int WIDTH = 520;
    private static final int LABELS = 230;
    private static final int ROW = 30;
    private static final int TOP = 10;
    private static final int BAR = 18;
    private static final int SCALE = 24;

    private CalibrationChart() {}

    /**
     * The chart, labelled; {@code rows} are the three bar labels (the first names the nominal 80 %, drawn as a
     * mark); a share that is unknown (no measurement, nobody in the group) is drawn as no bar.
     */
    static String of(CourseCalibration calibration, String label, String[] rows) {
        int plotWidth = WIDTH - LABELS - 40;
        int height = TOP + 3 * ROW + SCALE;
        Svg svg = new Svg(WIDTH, height, label);
        Double[] shares = {
            calibration.coverage(),
            calibration.outcomes().sensitivity(),
            calibration.outcomes().falseAlarmRate()
        };
        String[] colours = {GOOD, GOOD, ALARM};
        for (int row = 0; row < 3; row++) {
            double y = TOP + row * ROW;
            svg.text(LABELS - 6, y + BAR - 5, "end", rows[row]);
            svg.rect(LABELS, y, plotWidth, BAR, "#eeeeee").closeRect(rows[row]);
            @Nullable Double share = shares[row];
            if (share != null) {
                svg.rect(LABELS, y, plotWidth * share, BAR, colours[row]).closeRect(rows[row] + ": " + percent(share));
                svg.text(LABELS + plotWidth + 4, y + BAR - 5, "start", percent(share));
            }
        }
        double nominalX = LABELS + plotWidth * CourseCalibration.NOMINAL_COVERAGE;
        svg.line(nominalX, TOP - 4, nominalX, TOP + BAR + 4, NOMINAL);
        double axis = TOP + 3 * ROW;
        svg.line(LABELS, axis, LABELS + plotWidth, axis, "#999");
        for (int tick = 0; tick <= 100; tick += 20) {
            double x = LABELS + plotWidth * tick / 100.0;
            svg.line(x, axis, x, axis + 4, "#999");
            svg.text(x, axis + 16, "middle", tick + "%");
        }
        return svg.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
