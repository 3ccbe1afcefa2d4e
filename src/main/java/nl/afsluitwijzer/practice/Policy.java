package nl.afsluitwijzer.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The practice's afrondbeleid as in force from a date (docs/signals.md, practice policy). The defaults follow
 * the sources: "gemiddeld 12 sessies, complexere gevallen 16-18". {@code evaluateAfterSessions} is the optional
 * evaluation point "after N sessions" (null: only halfway); the evaluation is due at whichever comes first.
 */
public record Policy(
        LocalDate effectiveFrom,
        int expectedStandard,
        int expectedComplex,
        int overrunMargin,
        int measureEverySessions,
        int plateauMeasurements,
        int plateauMinDays,
        int noContactDays,
        int mdoReviewDays,
        int colleagueReviewDays,
        int lowRatingThreshold,
        @Nullable Integer evaluateAfterSessions) {

    /** A policy that evaluates only halfway. */
    public Policy(
            LocalDate effectiveFrom,
            int expectedStandard,
            int expectedComplex,
            int overrunMargin,
            int measureEverySessions,
            int plateauMeasurements,
            int plateauMinDays,
            int noContactDays,
            int mdoReviewDays,
            int colleagueReviewDays,
            int lowRatingThreshold) {
        this(
                effectiveFrom,
                expectedStandard,
                expectedComplex,
                overrunMargin,
                measureEverySessions,
                plateauMeasurements,
                plateauMinDays,
                noContactDays,
                mdoReviewDays,
                colleagueReviewDays,
                lowRatingThreshold,
                null);
    }

    public static Policy defaults() {
        return new Policy(LocalDate.of(2000, 1, 1), 12, 16, 2, 4, 3, 28, 42, 365, 730, 5);
    }

    public int expectedSessions(boolean complex) {
        return complex ? expectedComplex : expectedStandard;
    }

    /** P for an agreed E under this policy: see {@link #evaluationPoint(int, Integer)}. */
    public int evaluationPoint(int expectedSessions) {
        return evaluationPoint(expectedSessions, evaluateAfterSessions);
    }

    /**
     * The evaluation point P: the session at which the evaluation is due at the latest, the halfway point
     * H = ceil(E / 2) or, when the policy names one, the N-th session, whichever comes first.
     */
    public static int evaluationPoint(int expectedSessions, @Nullable Integer evaluateAfterSessions) {
        int halfway = (expectedSessions + 1) / 2;
        return evaluateAfterSessions == null ? halfway : Math.min(halfway, evaluateAfterSessions);
    }
}
