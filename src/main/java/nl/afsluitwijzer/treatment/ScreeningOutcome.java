package nl.afsluitwijzer.treatment;

/** The outcome of the screening (pre-intake): does the referral fit short-term care? */
public enum ScreeningOutcome {
    FITS,
    DOES_NOT_FIT
}
