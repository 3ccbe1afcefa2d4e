package nl.afsluitwijzer.treatment;

public enum SessionKind {
    INTAKE,
    TREATMENT,
    EVALUATION,
    CLOSING,
    OTHER;

    /** Intake, screening and other contacts do not count towards n (docs/signals.md, notation). */
    public boolean counts() {
        return this == TREATMENT || this == EVALUATION || this == CLOSING;
    }
}
