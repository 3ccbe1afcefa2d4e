package nl.afsluitwijzer.signal;

import nl.afsluitwijzer.practice.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The part of the practice policy (afrondbeleid) that the signal rules use: the one in force on
 * the as-of date. Sessions are counted as in docs/signals.md (n), periods are in days. {@code evaluateAfterSessions}
 * is the optional evaluation point "after N sessions" (null: only halfway).
 */
public record SignalPolicy(
        int expectedSessionsStandard,
        int expectedSessionsComplex,
        int overrunMarginSessions,
        int measureEverySessions,
        int plateauMeasurements,
        int plateauMinSpanDays,
        int noContactDays,
        int mdoReviewDays,
        int colleagueDays,
        int lowRatingThreshold,
        @Nullable Integer evaluateAfterSessions) {

    /** A policy that evaluates only halfway. */
    public SignalPolicy(
            int expectedSessionsStandard,
            int expectedSessionsComplex,
            int overrunMarginSessions,
            int measureEverySessions,
            int plateauMeasurements,
            int plateauMinSpanDays,
            int noContactDays,
            int mdoReviewDays,
            int colleagueDays,
            int lowRatingThreshold) {
        this(
                expectedSessionsStandard,
                expectedSessionsComplex,
                overrunMarginSessions,
                measureEverySessions,
                plateauMeasurements,
                plateauMinSpanDays,
                noContactDays,
                mdoReviewDays,
                colleagueDays,
                lowRatingThreshold,
                null);
    }

    public SignalPolicy {
        requireAtLeast(1, expectedSessionsStandard, "expectedSessionsStandard");
        requireAtLeast(1, expectedSessionsComplex, "expectedSessionsComplex");
        requireAtLeast(0, overrunMarginSessions, "overrunMarginSessions");
        requireAtLeast(1, measureEverySessions, "measureEverySessions");
        requireAtLeast(2, plateauMeasurements, "plateauMeasurements");
        requireAtLeast(0, plateauMinSpanDays, "plateauMinSpanDays");
        requireAtLeast(1, noContactDays, "noContactDays");
        requireAtLeast(1, mdoReviewDays, "mdoReviewDays");
        requireAtLeast(1, colleagueDays, "colleagueDays");
        requireAtLeast(0, lowRatingThreshold, "lowRatingThreshold");
        if (evaluateAfterSessions != null) {
            requireAtLeast(1, evaluateAfterSessions, "evaluateAfterSessions");
        }
    }

    /** P, the session at which the evaluation is due at the latest: min(H, N), or H without N (docs/signals.md). */
    public int evaluationPoint(int expectedSessions) {
        return Policy.evaluationPoint(expectedSessions, evaluateAfterSessions);
    }

    /** The defaults of docs/signals.md, practice policy. */
    public static SignalPolicy defaults() {
        return new SignalPolicy(12, 16, 2, 4, 3, 28, 42, 365, 730, 5);
    }

    private static void requireAtLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }
}
