package nl.afsluitwijzer.audit;

/**
 * One thing to log: the action, the kind and id of the object, and (when it concerns a client) the
 * client reference and treatment, and the responsible user on whose behalf it happened (the treating
 * therapist when a colleague or the manager looks). Never clinical content, never secrets.
 */
public record AuditEvent(AuditAction action, String objectType, String objectId, String clientReference,
        Long treatmentId, String onBehalfOf, AuditOutcome outcome) {

    public static AuditEvent of(AuditAction action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), null, null, null,
                AuditOutcome.SUCCESS);
    }

    public AuditEvent forClient(String reference, Long treatment) {
        return new AuditEvent(action, objectType, objectId, reference, treatment, onBehalfOf, outcome);
    }

    public AuditEvent forClient(String reference, Long treatment, String responsibleUser) {
        return forClient(reference, treatment).onBehalfOf(responsibleUser);
    }

    /** The responsible user this was done for; when not given, AuditLog asks {@link ResponsibleUsers}. */
    public AuditEvent onBehalfOf(String responsibleUser) {
        return new AuditEvent(action, objectType, objectId, clientReference, treatmentId, responsibleUser, outcome);
    }

    public AuditEvent failed() {
        return new AuditEvent(action, objectType, objectId, clientReference, treatmentId, onBehalfOf,
                AuditOutcome.FAILURE);
    }
}
