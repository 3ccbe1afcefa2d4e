package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.internal.FittedCourse;
import org.junit.jupiter.api.Test;

/** The expected course: the least-squares fit on hand-made practices and the default curve. */
class ExpectedCourseTest {

    private static final Instrument PHQ9 = ShippedInstrumentsTest.CATALOG.get("PHQ9");
    private static final Instrument GBO = ShippedInstrumentsTest.CATALOG.get("GBO");

    @Test
    void aPracticeWhereEverybodyImprovesOnePointPerSessionGetsThatCourseBack() {
        CourseLearner learner = new CourseLearner();
        for (int client = 0; client < 60; client++) {
            int baseline = 14 + client % 10;
            for (int session = 1; session <= 8; session++) {
                learner.add(client, baseline, session, baseline - session);
            }
        }
        FittedCourse fit = learner.fit().orElseThrow();
        ExpectedCourse course = new ExpectedCourse(PHQ9, fit, learner.treatments(), null);

        assertThat(learner.treatments()).isEqualTo(60);
        assertThat(fit.observations()).isEqualTo(480);
        assertThat(fit.residualSd()).isCloseTo(0, within(1e-6));
        for (int session = 1; session <= 8; session++) {
            ExpectedScore score = course.at(20, session);
            assertThat(score.expected()).isCloseTo(20 - session, within(1e-6));
            assertThat(score.worseEdge()).isCloseTo(20 - session, within(1e-6));
        }
    }

    @Test
    void clientsWhoAllStartAlikeCannotTellTheBaselineFromTheIntercept() {
        CourseLearner learner = new CourseLearner();
        // every session half the clients one point above a course of −1 per session, half one point below: σ ≈ 1
        for (int client = 0; client < 100; client++) {
            for (int session = 1; session <= 6; session++) {
                int noise = (client + session) % 2 == 0 ? 1 : -1;
                learner.add(client, 20, session, 20 - session + noise);
            }
        }
        // one baseline only: the baseline's weight cannot be told from the intercept, so the fit drops a term
        ExpectedCourse course = new ExpectedCourse(PHQ9, learner.fit().orElse(null), 100, null);

        assertThat(course.learned()).isFalse();
    }

    @Test
    void aNoisyPracticeGetsABandOfPlusMinusOnePointTwoEightSigma() {
        CourseLearner learner = new CourseLearner();
        for (int client = 0; client < 100; client++) {
            int baseline = 12 + client % 12;
            for (int session = 1; session <= 6; session++) {
                int noise = (client + session) % 2 == 0 ? 1 : -1;
                learner.add(client, baseline, session, baseline - session + noise);
            }
        }
        FittedCourse fit = learner.fit().orElseThrow();
        ExpectedScore score = new ExpectedCourse(PHQ9, fit, 100, null).at(18, 4);

        assertThat(fit.residualSd()).isCloseTo(1.0, within(0.02));
        assertThat(score.expected()).isCloseTo(14, within(0.05));
        assertThat(score.high() - score.expected()).isCloseTo(FittedCourse.Z80 * fit.residualSd(), within(1e-9));
    }

    @Test
    void theSameSessionForEveryMeasurementCannotBeFitted() {
        CourseLearner learner = new CourseLearner();
        for (int client = 0; client < 60; client++) {
            learner.add(client, 10 + client % 5, 4, 8);
        }
        assertThat(learner.fit()).isEmpty();
    }

    @Test
    void theDefaultCurveCoversHalfTheDistanceToTheCutoffBySessionEight() {
        ExpectedCourse course = ExpectedCourse.defaultFor(PHQ9, 0, null);
        // PHQ-9: cut-off 10, so the first healthy total is 9; from 21 the gain is 12, half of it by session 8
        assertThat(course.at(21, 8).expected()).isCloseTo(15, within(1e-9));
        assertThat(course.at(21, 1).expected()).isCloseTo(21 - 6 * Math.log(2) / Math.log(9), within(1e-9));
        assertThat(course.at(21, 80).expected()).isCloseTo(9, within(1e-9));
        assertThat(course.at(21, 200).expected()).isCloseTo(9, within(1e-9));
        assertThat(course.learned()).isFalse();
    }

    @Test
    void theDefaultBandIsTheReliableChangeAroundTheCurveClampedToTheRange() {
        ExpectedScore score = ExpectedCourse.defaultFor(PHQ9, 0, null).at(25, 1);
        assertThat(score.high()).isEqualTo(27);
        assertThat(score.low()).isCloseTo(score.expected() - 6, within(1e-9));
        assertThat(score.worseEdge()).isEqualTo(27);
    }

    @Test
    void theDefaultGainIsAtLeastTheReliableChangeBelowTheCutoff() {
        ExpectedCourse course = ExpectedCourse.defaultFor(PHQ9, 0, null);
        assertThat(course.at(11, 8).expected()).isCloseTo(8, within(1e-9));
        assertThat(course.at(5, 8).expected()).isCloseTo(2, within(1e-9));
    }

    @Test
    void onAHigherIsBetterInstrumentTheDefaultRisesAndTheWorseEdgeIsTheLowOne() {
        ExpectedScore score = ExpectedCourse.defaultFor(GBO, 0, null).at(2, 8);
        assertThat(score.expected()).isGreaterThan(2);
        assertThat(score.worseEdge()).isEqualTo(score.low());
        assertThat(score.isWorseThanBand((int) Math.floor(score.low()) - 1)).isTrue();
        assertThat(score.isWorseThanBand((int) Math.ceil(score.low()))).isFalse();
    }

    @Test
    void thePathStartsAtTheBaselineAndFollowsTheSessionsAfterIt() {
        ExpectedCourse course = ExpectedCourse.defaultFor(PHQ9, 0, null);
        List<LocalDate> sessions =
                List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19));
        ExpectedPath path = course.path(new DatedScore(LocalDate.of(2026, 1, 5), 21), sessions)
                .orElseThrow();

        assertThat(path.points())
                .extracting(ExpectedPath.Point::date)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19));
        assertThat(path.points().get(0).expected()).isEqualTo(21);
        assertThat(path.points().get(2).expected()).isCloseTo(course.at(21, 3).expected(), within(1e-9));
    }

    @Test
    void aBaselineAfterTheFirstSessionHasNoExpectedCourse() {
        ExpectedCourse course = ExpectedCourse.defaultFor(PHQ9, 0, null);
        List<LocalDate> sessions = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12));
        DatedScore late = new DatedScore(LocalDate.of(2026, 1, 12), 21);
        assertThat(course.path(late, sessions)).isEmpty();
        assertThat(course.forMeasurement(late, new DatedScore(LocalDate.of(2026, 1, 19), 20), sessions))
                .isEmpty();
    }
}
