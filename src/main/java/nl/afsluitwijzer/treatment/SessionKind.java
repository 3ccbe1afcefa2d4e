package nl.afsluitwijzer.treatment;

public enum SessionKind {
    INTAKE,
    TREATMENT,
    EVALUATION,
    CLOSING,
    OTHER;

    /** Intake, screening and other contacts do not count towards n (DESIGN.md, Signal rules). */
    public boolean counts() {
        return this == TREATMENT || this == EVALUATION || this == CLOSING;
    }
}
