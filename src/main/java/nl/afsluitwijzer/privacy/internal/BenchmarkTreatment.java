package nl.afsluitwijzer.privacy.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the benchmark export takes of one treatment, before pseudonymisation: coded values and dates only, never
 * a name, a reference or free text. The client id only groups treatments; it never leaves the application.
 *
 * @param extensions the dates on which E was raised, each with its reason codes
 */
public record BenchmarkTreatment(
        long clientId,
        String phase,
        LocalDate registrationDate,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Integer firstExpected,
        @Nullable Integer lastExpected,
        int sessions,
        List<Extension> extensions,
        @Nullable String primaryInstrument,
        @Nullable Score baseline,
        @Nullable Score end,
        @Nullable String outcome,
        @Nullable String closingReason) {

    public BenchmarkTreatment {
        extensions = List.copyOf(extensions);
    }

    /** E raised on a date, with the coded reasons. */
    public record Extension(LocalDate date, List<String> reasons) {}

    /** A total on the primary instrument and when it was measured. */
    public record Score(LocalDate date, int total) {}
}
