package nl.afsluitwijzer.signal;

/** The phases of a treatment as the rule engine sees them (docs/signals.md, treatment phases). */
public enum TreatmentPhase {
    REFERRED,
    INTAKE,
    TREATMENT,
    CLOSING,
    CLOSED,
    TRANSFERRED,
    DROPPED_OUT
}
