package nl.afsluitwijzer.treatment;

/** What is recorded of a client; birth year and GP are optional. */
public record ClientDetails(String reference, String displayName, Integer birthYear, String gpName,
        String gpPractice) {

    /** One spelling per reference (see {@link ClientReference}). */
    public ClientDetails {
        reference = ClientReference.checked(reference);
    }
}
