package nl.afsluitwijzer.audit.internal;

import java.time.Instant;
import nl.afsluitwijzer.audit.AuditAction;

/** A stored access-log line. */
public record AuditEntry(
        Long id,
        Instant at,
        String username,
        String role,
        AuditAction action,
        String objectType,
        String objectId,
        String clientReference,
        Long treatmentId,
        String onBehalfOf,
        String remoteAddress,
        AuditOutcome outcome) {}
