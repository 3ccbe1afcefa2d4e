package nl.afsluitwijzer.practice.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The afrondbeleid form: every setting of docs/signals.md's policy table (evaluating after N sessions is optional:
 * empty means only halfway), the date it takes effect, and the newest
 * version its author saw (a version for the same date saved by someone else after that is not replaced).
 */
record PolicyForm(
        @PlausibleDate @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveFrom,

        @NotNull @Min(1) @Max(100) Integer expectedStandard,
        @NotNull @Min(1) @Max(100) Integer expectedComplex,
        @NotNull @Min(0) @Max(20) Integer overrunMargin,
        @NotNull @Min(1) @Max(20) Integer measureEverySessions,
        @NotNull @Min(2) @Max(10) Integer plateauMeasurements,
        @NotNull @Min(0) @Max(365) Integer plateauMinDays,
        @NotNull @Min(7) @Max(365) Integer noContactDays,
        @NotNull @Min(30) @Max(1095) Integer mdoReviewDays,
        @NotNull @Min(30) @Max(1825) Integer colleagueReviewDays,
        @NotNull @Min(0) @Max(10) Integer lowRatingThreshold,
        @Min(1) @Max(100) @Nullable Integer evaluateAfterSessions,
        @Min(0) Long knownVersion) {

    static PolicyForm of(Policy policy, LocalDate effectiveFrom, long knownVersion) {
        return new PolicyForm(
                effectiveFrom,
                policy.expectedStandard(),
                policy.expectedComplex(),
                policy.overrunMargin(),
                policy.measureEverySessions(),
                policy.plateauMeasurements(),
                policy.plateauMinDays(),
                policy.noContactDays(),
                policy.mdoReviewDays(),
                policy.colleagueReviewDays(),
                policy.lowRatingThreshold(),
                policy.evaluateAfterSessions(),
                knownVersion);
    }

    Policy toPolicy() {
        return new Policy(
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
                evaluateAfterSessions);
    }
}
