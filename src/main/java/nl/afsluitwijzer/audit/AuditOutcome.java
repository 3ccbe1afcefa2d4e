package nl.afsluitwijzer.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
