package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.measurement.CourseCalibration;
import org.junit.jupiter.api.Test;

class CalibrationChartTest {

    private static final String[] ROWS = {
        "Binnen de band", "Niet verbeterd en gesignaleerd", "Verbeterd en gesignaleerd"
    };

    @Test
    void drawsTheThreeSharesWithTheNominalMarkAndNoInlineStyle() {
        CourseCalibration calibration = new CourseCalibration(
                "PHQ9",
                CourseCalibration.Status.CALIBRATED,
                10,
                100,
                78,
                12,
                10,
                new CourseCalibration.Outcomes(3, 1, 1, 5));

        String svg = CalibrationChart.of(calibration, "Betrouwbaarheid, PHQ-9", ROWS);

        assertThat(svg)
                .startsWith("<svg")
                .contains("aria-label=\"Betrouwbaarheid, PHQ-9\"", ">78%<", ">75%<", ">17%<")
                .contains("Binnen de band: 78%")
                .doesNotContain("style=");
    }

    @Test
    void anUnknownShareDrawsNoBar() {
        CourseCalibration calibration = new CourseCalibration(
                "PHQ9", CourseCalibration.Status.CALIBRATED, 2, 4, 4, 0, 0, new CourseCalibration.Outcomes(0, 0, 0, 2));

        String svg = CalibrationChart.of(calibration, "label", ROWS);

        assertThat(svg).contains(">100%<", ">0%<").doesNotContain("Niet verbeterd en gesignaleerd: ");
    }
}
