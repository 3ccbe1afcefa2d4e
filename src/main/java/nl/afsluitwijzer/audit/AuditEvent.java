package nl.afsluitwijzer.audit;

import nl.afsluitwijzer.audit.internal.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One thing to log: the action, the kind and id of the object, and (when it concerns a client) the
 * client reference and treatment, and the responsible user on whose behalf it happened (the treating
 * therapist when a colleague or the manager looks). Never clinical content, never secrets.
 */
public record AuditEvent(
        AuditAction action,
        String objectType,
        @Nullable String objectId,
        @Nullable String clientReference,
        @Nullable Long treatmentId,
        @Nullable String onBehalfOf,
        AuditOutcome outcome) {

    public static AuditEvent of(AuditAction action, String objectType, @Nullable Object objectId) {
        return new AuditEvent(
                action,
                objectType,
                objectId == null ? null : objectId.toString(),
                null,
                null,
                null,
                AuditOutcome.SUCCESS);
    }

    public AuditEvent forClient(@Nullable String reference, @Nullable Long treatment) {
        return new AuditEvent(action, objectType, objectId, reference, treatment, onBehalfOf, outcome);
    }

    public AuditEvent forClient(
            @Nullable String reference, @Nullable Long treatment, @Nullable String responsibleUser) {
        return forClient(reference, treatment).onBehalfOf(responsibleUser);
    }

    /** The responsible user this was done for; when not given, AuditLog asks {@link ResponsibleUsers}. */
    public AuditEvent onBehalfOf(@Nullable String responsibleUser) {
        return new AuditEvent(action, objectType, objectId, clientReference, treatmentId, responsibleUser, outcome);
    }

    public AuditEvent failed() {
        return new AuditEvent(
                action, objectType, objectId, clientReference, treatmentId, onBehalfOf, AuditOutcome.FAILURE);
    }
}
