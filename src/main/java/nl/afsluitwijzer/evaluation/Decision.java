package nl.afsluitwijzer.evaluation;

/** The one decision an evaluation ends with, made together with the client. */
public enum Decision {
    CONTINUE,
    START_CLOSING,
    BREAKTHROUGH_ATTEMPT,
    STOP,
    REFER,
    DISCUSS_IN_INTERVISION;

    /** Decisions that lead into the closing phase right away. */
    public boolean startsClosing() {
        return this == START_CLOSING || this == STOP;
    }
}
