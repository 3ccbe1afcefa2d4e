package nl.afsluitwijzer.treatment;

import org.jspecify.annotations.Nullable;

/** What is recorded of a client; birth year and GP are optional. */
public record ClientDetails(
        String reference,
        String displayName,
        @Nullable Integer birthYear,
        @Nullable String gpName,
        @Nullable String gpPractice) {

    /** One spelling per reference (see {@link ClientReference}). */
    public ClientDetails {
        reference = ClientReference.checked(reference);
    }
}
