package nl.afsluitwijzer.practice;

import java.time.LocalDate;

/**
 * The practice's afrondbeleid as in force from a date (docs/signals.md, practice policy). The defaults follow
 * the sources: "gemiddeld 12 sessies, complexere gevallen 16-18".
 */
public record Policy(LocalDate effectiveFrom, int expectedStandard, int expectedComplex, int overrunMargin,
        int measureEverySessions, int plateauMeasurements, int plateauMinDays, int noContactDays, int mdoReviewDays,
        int colleagueReviewDays, int lowRatingThreshold) {

    public static Policy defaults() {
        return new Policy(LocalDate.of(2000, 1, 1), 12, 16, 2, 4, 3, 28, 42, 365, 730, 5);
    }

    public int expectedSessions(boolean complex) {
        return complex ? expectedComplex : expectedStandard;
    }
}
