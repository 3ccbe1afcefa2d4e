package nl.afsluitwijzer.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.measurement.internal.FittedCourse;

/**
 * Leave-one-out calibration of the expected course of one instrument (docs/expected-course.md, Calibration). The
 * points of the practice's closed treatments arrive grouped by treatment, each treatment's in the order of its
 * series; all of them are fitted once, then each treatment is judged against the fit of the sums without its own
 * points ({@link CourseLearner#without}), so a practice of n treatments costs n small solves, not n fits.
 */
final class CourseCalibrator {

    private final Instrument instrument;
    private final CourseLearner all = new CourseLearner();
    private final List<Series> series = new ArrayList<>();
    private long lastTreatment = Long.MIN_VALUE;

    CourseCalibrator(Instrument instrument) {
        this.instrument = instrument;
    }

    /** One later measurement of a treatment; a new treatment id starts a new series. */
    void add(long treatmentId, int baseline, int session, int score) {
        all.add(treatmentId, baseline, session, score);
        if (treatmentId != lastTreatment || series.isEmpty()) {
            series.add(new Series(baseline));
            lastTreatment = treatmentId;
        }
        series.get(series.size() - 1).add(session, score);
    }

    int treatments() {
        return series.size();
    }

    /** Judges every treatment against the course fitted without it; a treatment whose fit cannot be made is left out. */
    CourseCalibration calibrate() {
        OutcomeThresholds thresholds = instrument.thresholds();
        int treatments = 0;
        int measurements = 0;
        int inBand = 0;
        int worse = 0;
        int better = 0;
        CourseCalibration.Outcomes outcomes = CourseCalibration.Outcomes.NONE;
        for (Series one : series) {
            int[] sessions = one.sessions();
            int[] scores = one.scores();
            Optional<FittedCourse> fit =
                    all.without(one.baseline, sessions, scores).fit();
            if (fit.isEmpty()) {
                continue;
            }
            ExpectedCourse course = new ExpectedCourse(instrument, fit.get(), series.size() - 1, null);
            boolean flagged = false;
            for (int point = 0; point < sessions.length; point++) {
                ExpectedScore expected = course.at(one.baseline, sessions[point]);
                measurements++;
                if (expected.isWorseThanBand(scores[point])) {
                    worse++;
                    flagged |= sessions[point] >= CourseCalibration.FIRST_FLAG_SESSION
                            && sessions[point] <= CourseCalibration.LAST_FLAG_SESSION;
                } else if (scores[point] < expected.low() || scores[point] > expected.high()) {
                    better++;
                } else {
                    inBand++;
                }
            }
            boolean improved =
                    thresholds.improvement(one.baseline, scores[scores.length - 1]) >= instrument.reliableChange();
            outcomes = outcomes.plus(flagged, improved);
            treatments++;
        }
        return new CourseCalibration(
                instrument.code(),
                CourseCalibration.Status.CALIBRATED,
                treatments,
                measurements,
                inBand,
                worse,
                better,
                outcomes);
    }

    /** One treatment's baseline and its later measurements, in series order. */
    private static final class Series {
        private final int baseline;
        private int[] sessions = new int[4];
        private int[] scores = new int[4];
        private int size;

        Series(int baseline) {
            this.baseline = baseline;
        }

        void add(int session, int score) {
            if (size == sessions.length) {
                sessions = Arrays.copyOf(sessions, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            sessions[size] = session;
            scores[size] = score;
            size++;
        }

        int[] sessions() {
            return Arrays.copyOf(sessions, size);
        }

        int[] scores() {
            return Arrays.copyOf(scores, size);
        }
    }
}
