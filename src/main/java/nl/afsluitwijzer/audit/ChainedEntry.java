package nl.afsluitwijzer.audit;

import java.time.LocalDateTime;

/**
 * The content of an access-log entry as the hash chain covers it. The time is the value as stored
 * (TIMESTAMP without time zone, milliseconds), so the hash does not depend on how it is read back. The
 * practice the entry belongs to is covered by the keyed rule only (older entries got it afterwards).
 */
record ChainedEntry(LocalDateTime at, String username, String role, String action, String objectType,
        String objectId, String clientReference, Long treatmentId, String onBehalfOf, String remoteAddress,
        String outcome, Long practiceId) {

    ChainedEntry(LocalDateTime at, String username, String role, String action, String objectType, String objectId,
            String clientReference, Long treatmentId, String onBehalfOf, String remoteAddress, String outcome) {
        this(at, username, role, action, objectType, objectId, clientReference, treatmentId, onBehalfOf,
                remoteAddress, outcome, null);
    }
}
