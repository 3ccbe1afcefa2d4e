package nl.afsluitwijzer.audit;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The content of an access-log entry as the hash chain covers it. The time is the value as stored
 * (TIMESTAMP without time zone, milliseconds), so the hash does not depend on how it is read back. The
 * practice the entry belongs to is covered by the keyed rule only (older entries got it afterwards).
 */
record ChainedEntry(
        LocalDateTime at,
        String username,
        @Nullable String role,
        String action,
        String objectType,
        @Nullable String objectId,
        @Nullable String clientReference,
        @Nullable Long treatmentId,
        @Nullable String onBehalfOf,
        @Nullable String remoteAddress,
        String outcome,
        @Nullable Long practiceId) {

    ChainedEntry(
            LocalDateTime at,
            String username,
            @Nullable String role,
            String action,
            String objectType,
            @Nullable String objectId,
            @Nullable String clientReference,
            @Nullable Long treatmentId,
            @Nullable String onBehalfOf,
            @Nullable String remoteAddress,
            String outcome) {
        this(
                at,
                username,
                role,
                action,
                objectType,
                objectId,
                clientReference,
                treatmentId,
                onBehalfOf,
                remoteAddress,
                outcome,
                null);
    }
}
