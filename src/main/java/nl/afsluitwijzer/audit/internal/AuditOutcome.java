package nl.afsluitwijzer.audit.internal;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
