package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * The screening (pre-intake) of a referral: when, by whom, the outcome and, for "does not fit", at least one reason;
 * "other" needs its own words. Stored on the treatment; the reasons as a comma-separated list of codes.
 */
public record Screening(
        LocalDate screenedOn,
        @Nullable ScreeningOutcome screeningOutcome,
        @Nullable String screeningReasons,
        @Nullable String screeningOtherReason,
        Long screenedBy) {

    public static final int MAX_OTHER_REASON = 1000;

    /** A checked screening: reasons only with "does not fit", and then at least one. */
    public static Screening of(
            LocalDate on,
            ScreeningOutcome outcome,
            Collection<ScreeningReason> reasons,
            @Nullable String otherReason,
            Long by) {
        Set<ScreeningReason> given =
                reasons.isEmpty() ? EnumSet.noneOf(ScreeningReason.class) : EnumSet.copyOf(reasons);
        if (outcome == ScreeningOutcome.FITS) {
            return new Screening(on, outcome, null, null, by);
        }
        if (given.isEmpty()) {
            throw DomainException.refused("treatment.screening.reason-required");
        }
        String other = otherReason == null || otherReason.isBlank() ? null : otherReason.strip();
        if (given.contains(ScreeningReason.OTHER) != (other != null)) {
            throw DomainException.refused("treatment.screening.other-required");
        }
        return new Screening(on, outcome, given.stream().map(Enum::name).collect(Collectors.joining(",")), other, by);
    }

    public boolean fits() {
        return screeningOutcome == ScreeningOutcome.FITS;
    }

    /** The reasons given for "does not fit", in their declared order. */
    public Set<ScreeningReason> reasons() {
        if (screeningReasons == null || screeningReasons.isBlank()) {
            return EnumSet.noneOf(ScreeningReason.class);
        }
        return Arrays.stream(screeningReasons.split(","))
                .map(ScreeningReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ScreeningReason.class)));
    }
}
