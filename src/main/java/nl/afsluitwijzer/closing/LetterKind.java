package nl.afsluitwijzer.closing;

/**
 * The letters of the closing phase, each from its own editable template, and the GP feedback on a referral that
 * does not fit short-term care (004_… §1), which belongs to a referral ended at screening instead.
 */
public enum LetterKind {
    CLIENT,
    GP,
    HANDOVER,
    REFERRAL_FEEDBACK;

    /** The letters of a treatment that started (not the referral feedback). */
    public static java.util.List<LetterKind> ofTreatments() {
        return java.util.List.of(CLIENT, GP, HANDOVER);
    }

    /** Whether this letter belongs to a referral screened as not fitting, rather than to a treatment. */
    public boolean forReferral() {
        return this == REFERRAL_FEEDBACK;
    }

    /** The default template shipped in resources. */
    String defaultTemplate() {
        return "letters/" + name().toLowerCase(java.util.Locale.ROOT) + ".txt";
    }
}
