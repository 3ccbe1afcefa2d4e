package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.afsluitwijzer.measurement.internal.FittedCourse;
import org.junit.jupiter.api.Test;

/** Leave-one-out calibration on hand-made practices whose answers are known. */
class CourseCalibrationTest {

    private static final Instrument PHQ9 = ShippedInstrumentsTest.CATALOG.get("PHQ9");

    @Test
    void leavingATreatmentOutOfTheSumsGivesTheSameFitAsLearningWithoutIt() {
        CourseLearner all = new CourseLearner();
        CourseLearner rest = new CourseLearner();
        for (int client = 0; client < 80; client++) {
            int baseline = 10 + client % 15;
            for (int session = 1; session <= 7; session++) {
                int score = baseline - session + (client * 7 + session * 3) % 5 - 2;
                all.add(client, baseline, session, score);
                if (client != 17) {
                    rest.add(client, baseline, session, score);
                }
            }
        }
        int baseline17 = 10 + 17 % 15;
        int[] sessions = {1, 2, 3, 4, 5, 6, 7};
        int[] scores = new int[7];
        for (int session = 1; session <= 7; session++) {
            scores[session - 1] = baseline17 - session + (17 * 7 + session * 3) % 5 - 2;
        }

        CourseLearner without = all.without(baseline17, sessions, scores);
        FittedCourse expected = rest.fit().orElseThrow();
        FittedCourse actual = without.fit().orElseThrow();

        assertThat(without.treatments()).isEqualTo(79);
        assertThat(without.observations()).isEqualTo(rest.observations());
        assertThat(actual.intercept()).isCloseTo(expected.intercept(), within(1e-9));
        assertThat(actual.baselineWeight()).isCloseTo(expected.baselineWeight(), within(1e-9));
        assertThat(actual.logWeight()).isCloseTo(expected.logWeight(), within(1e-9));
        assertThat(actual.sessionWeight()).isCloseTo(expected.sessionWeight(), within(1e-9));
        assertThat(actual.residualSd()).isCloseTo(expected.residualSd(), within(1e-9));
    }

    /**
     * 100 clients one point off a course of −1 per session (alternating), 10 clients four points off: σ ≈ 1.5, so
     * the band (±1.28σ ≈ ±1.9) holds every ±1 and none of the ±4. Coverage is exactly 600 of 660.
     */
    @Test
    void coverageCountsTheLaterMeasurementsInsideTheBandOfTheFitWithoutTheirTreatment() {
        CourseCalibrator calibrator = new CourseCalibrator(PHQ9);
        for (int client = 0; client < 110; client++) {
            int baseline = 12 + client % 12;
            int off = client < 100 ? 1 : 4;
            for (int session = 1; session <= 6; session++) {
                int noise = (client + session) % 2 == 0 ? off : -off;
                calibrator.add(client, baseline, session, baseline - session + noise);
            }
        }

        CourseCalibration calibration = calibrator.calibrate();

        assertThat(calibration.status()).isEqualTo(CourseCalibration.Status.CALIBRATED);
        assertThat(calibration.treatments()).isEqualTo(110);
        assertThat(calibration.measurements()).isEqualTo(660);
        assertThat(calibration.inBand()).isEqualTo(600);
        assertThat(calibration.worseThanBand()).isEqualTo(30);
        assertThat(calibration.betterThanBand()).isEqualTo(30);
        assertThat(calibration.coverage()).isCloseTo(600.0 / 660, within(1e-12));
        assertThat(calibration.worseShare()).isCloseTo(30.0 / 660, within(1e-12));
    }

    /**
     * 100 clients who improve 8 points by session 8 (never flagged, reliably improved) and three who do not
     * follow: one stays at 20 throughout (flagged, not improved), one stays at 20 until session 4 and then drops
     * to 12 (flagged, improved), one follows the course until session 6 and then falls back to 20 (not flagged at
     * sessions 3–6, not improved).
     */
    @Test
    void eachTreatmentLandsInTheCellOfItsFlagAndItsOutcome() {
        CourseCalibrator calibrator = new CourseCalibrator(PHQ9);
        for (int client = 0; client < 100; client++) {
            int baseline = 14 + client % 10;
            for (int session = 1; session <= 8; session++) {
                int noise = (client + session) % 2 == 0 ? 1 : -1;
                calibrator.add(client, baseline, session, baseline - session + noise);
            }
        }
        for (int session = 1; session <= 8; session++) {
            calibrator.add(1000, 20, session, 20);
        }
        for (int session = 1; session <= 4; session++) {
            calibrator.add(1001, 20, session, 20);
        }
        calibrator.add(1001, 20, 8, 12);
        for (int session = 1; session <= 6; session++) {
            calibrator.add(1002, 20, session, 20 - session);
        }
        calibrator.add(1002, 20, 7, 20);
        calibrator.add(1002, 20, 8, 20);

        CourseCalibration.Outcomes outcomes = calibrator.calibrate().outcomes();

        assertThat(outcomes).isEqualTo(new CourseCalibration.Outcomes(1, 1, 1, 100));
        assertThat(outcomes.sensitivity()).isCloseTo(0.5, within(1e-12));
        assertThat(outcomes.falseAlarmRate()).isCloseTo(1.0 / 101, within(1e-12));
        assertThat(outcomes.flaggedNotImprovedShare()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void sharesOfNothingAreUnknownRatherThanZero() {
        CourseCalibration none = CourseCalibration.notCalibrated("PHQ9", CourseCalibration.Status.DEFAULT_COURSE, 12);

        assertThat(none.calibrated()).isFalse();
        assertThat(none.coverage()).isNull();
        assertThat(none.outcomes().sensitivity()).isNull();
        assertThat(none.outcomes().falseAlarmRate()).isNull();
    }
}
