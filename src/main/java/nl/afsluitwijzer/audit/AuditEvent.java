package nl.afsluitwijzer.audit;

/**
 * One thing to log: the action, the kind and id of the object, and (when it concerns a client) the
 * client reference and treatment. Never clinical content, never secrets.
 */
public record AuditEvent(AuditAction action, String objectType, String objectId, String clientReference,
        Long treatmentId, AuditOutcome outcome) {

    public static AuditEvent of(AuditAction action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), null, null,
                AuditOutcome.SUCCESS);
    }

    public AuditEvent forClient(String reference, Long treatment) {
        return new AuditEvent(action, objectType, objectId, reference, treatment, outcome);
    }

    public AuditEvent failed() {
        return new AuditEvent(action, objectType, objectId, clientReference, treatmentId, AuditOutcome.FAILURE);
    }
}
