package nl.afsluitwijzer.insight.web;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.insight.internal.ExpectedCourseCalibration;
import nl.afsluitwijzer.measurement.CourseCalibration;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's check of the expected course: leave-one-out coverage and what followed NOT_ON_TRACK. */
@Controller
class CalibrationController {

    private final ExpectedCourseCalibration calibration;
    private final InstrumentCatalog instruments;
    private final FigureLabels labels;

    CalibrationController(ExpectedCourseCalibration calibration, InstrumentCatalog instruments, FigureLabels labels) {
        this.calibration = calibration;
        this.instruments = instruments;
        this.labels = labels;
    }

    @GetMapping("/inzicht/kalibratie")
    String calibration(Model model, Locale locale) {
        String[] bars = {
            labels.text("insight.calibration.chart.coverage", locale),
            labels.text("insight.calibration.chart.sensitivity", locale),
            labels.text("insight.calibration.chart.false-alarms", locale)
        };
        List<Row> rows = calibration.of(CurrentUser.require()).stream()
                .map(one -> {
                    Instrument instrument = instruments.get(one.instrument());
                    String name = instrument.name().in(locale);
                    return new Row(
                            one,
                            name,
                            instrument.reliableChange(),
                            one.calibrated()
                                    ? CalibrationChart.of(
                                            one, labels.text("insight.calibration.chart", locale, name), bars)
                                    : "");
                })
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("minimum", ExpectedCourse.MINIMUM_TREATMENTS);
        model.addAttribute("nominal", Math.round(CourseCalibration.NOMINAL_COVERAGE * 100));
        return "insight/calibration";
    }

    /**
     * One instrument: its calibration, its name in the reader's language, its reliable-change value and its chart
     * (empty when none).
     */
    record Row(CourseCalibration calibration, String name, int reliableChange, String chart) {}
}
