package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The benchmark's synthetic practice: the same for a seed, and its groups have the intended shape. */
class SyntheticPracticeTest {

    private static final List<SyntheticPractice.Treatment> PRACTICE = SyntheticPractice.generate(7, 4000, 1);

    @Test
    void theSameSeedGivesTheSamePracticeAndAnotherSeedAnother() {
        assertThat(SyntheticPractice.generate(7, 4000, 1)).isEqualTo(PRACTICE);
        assertThat(SyntheticPractice.generate(8, 4000, 1)).isNotEqualTo(PRACTICE);
    }

    @Test
    void everyTreatmentIsAValidPhq9SeriesEndingAtItsLastSession() {
        for (SyntheticPractice.Treatment treatment : PRACTICE) {
            assertThat(treatment.baseline()).isBetween(0, 27);
            assertThat(treatment.sessions()).isNotEmpty().isSorted();
            assertThat(treatment.sessions()[0]).isGreaterThanOrEqualTo(1);
            assertThat(java.util.Arrays.stream(treatment.scores()).allMatch(score -> score >= 0 && score <= 27))
                    .isTrue();
        }
    }

    @Test
    void theGroupsHaveTheirSharesAndTheirCourses() {
        for (SyntheticPractice.Group group : SyntheticPractice.Group.values()) {
            assertThat((double) of(group).size() / PRACTICE.size())
                    .as(group.name())
                    .isCloseTo(group.share, within(0.03));
        }
        // responders and slow responders end reliably improved, the others do not
        assertThat(improvedShare(SyntheticPractice.Group.RESPONDER)).isGreaterThan(0.8);
        assertThat(improvedShare(SyntheticPractice.Group.SLOW_RESPONDER)).isGreaterThan(0.8);
        assertThat(improvedShare(SyntheticPractice.Group.NON_RESPONDER)).isLessThan(0.15);
        assertThat(improvedShare(SyntheticPractice.Group.DETERIORATOR)).isLessThan(0.02);
        // deteriorators end worse than they started, non-responders about where they started
        assertThat(mean(SyntheticPractice.Group.DETERIORATOR, t -> t.last() - t.baseline()))
                .isGreaterThan(3);
        assertThat(mean(SyntheticPractice.Group.NON_RESPONDER, t -> t.baseline() - t.last()))
                .isBetween(-1.0, 2.0);
        // by session 4 responders have come much further than slow responders, who get there later
        assertThat(mean(SyntheticPractice.Group.RESPONDER, SyntheticPracticeTest::improvementBySession4))
                .isGreaterThan(
                        mean(SyntheticPractice.Group.SLOW_RESPONDER, SyntheticPracticeTest::improvementBySession4) + 3);
        assertThat(mean(SyntheticPractice.Group.SLOW_RESPONDER, t -> t.sessions().length))
                .isGreaterThan(mean(SyntheticPractice.Group.RESPONDER, t -> t.sessions().length));
    }

    private static List<SyntheticPractice.Treatment> of(SyntheticPractice.Group group) {
        return PRACTICE.stream().filter(t -> t.group() == group).toList();
    }

    private static double improvedShare(SyntheticPractice.Group group) {
        return of(group).stream().filter(t -> t.improvedReliably(6)).count()
                / (double) of(group).size();
    }

    private static double mean(SyntheticPractice.Group group, ToDoubleFunction<SyntheticPractice.Treatment> value) {
        return of(group).stream().mapToDouble(value).average().orElseThrow();
    }

    /** The baseline minus the last total taken at or before session 4 (the baseline itself when none). */
    private static double improvementBySession4(SyntheticPractice.Treatment treatment) {
        int latest = treatment.baseline();
        for (int i = 0; i < treatment.sessions().length && treatment.sessions()[i] <= 4; i++) {
            latest = treatment.scores()[i];
        }
        return treatment.baseline() - latest;
    }
}
