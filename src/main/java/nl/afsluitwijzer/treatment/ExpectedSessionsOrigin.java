package nl.afsluitwijzer.treatment;

/**
 * How an entry of E came about. After the agreements, E is raised only at an evaluation (an extension, with its
 * coded reasons); the agreements form may lower E, and may change it on the day the agreements were set (a
 * typo, recorded as a correction).
 */
public enum ExpectedSessionsOrigin {
    /** The number first agreed in the behandelafspraken. */
    AGREED,
    /** Changed on the day the agreements were set: a correction of what was just agreed, not an extension. */
    CORRECTED,
    /** Lowered later through the agreements form. */
    LOWERED,
    /** Set at an evaluation: raised (an extension, with its reasons) or lowered. */
    EVALUATION,
    /** Changed through the agreements form before raising E there was refused; kept as it was recorded. */
    AGREEMENTS_FORM
}
