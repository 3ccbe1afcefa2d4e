package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cut-off label goes where it hides no measurement. Dates here run 0..100, totals 0..27, the line at 9.5. */
class CutoffLabelTest {

    private static final double[] DATES = {0, 100};
    private static final double[] TOTALS = {-0.5, 27.5};
    private static final double EDGE = 9.5;

    @Test
    void goesAboveTheLineAtTheLeftWhenNothingIsThere() {
        assertThat(place(point(5, 18), point(95, 6))).isEqualTo(CutoffLabel.ABOVE_LEFT);
    }

    @Test
    void movesToTheRightWhenTheFirstMeasurementSitsUnderTheLabel() {
        assertThat(place(point(5, 11), point(95, 4))).isEqualTo(CutoffLabel.ABOVE_RIGHT);
    }

    @Test
    void countsTheValueAboveAMarkerJustBelowTheLine() {
        assertThat(place(point(5, 9), point(95, 4))).isEqualTo(CutoffLabel.ABOVE_RIGHT);
    }

    @Test
    void goesBelowTheLineWhenBothEndsAreJustAboveIt() {
        assertThat(place(point(5, 11), point(95, 11))).isEqualTo(CutoffLabel.BELOW_LEFT);
    }

    @Test
    void ignoresMeasurementsInTheMiddle() {
        assertThat(place(point(50, 10))).isEqualTo(CutoffLabel.ABOVE_LEFT);
    }

    private static CutoffLabel place(double[]... points) {
        return CutoffLabel.place(EDGE, List.of(points), DATES, TOTALS);
    }

    private static double[] point(double date, double total) {
        return new double[] {date, total};
    }
}
