package nl.afsluitwijzer.audit;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The logged fields in their fixed order, the order of the hash text and of the stored columns {@code at} to
     * {@code outcome}: changing it breaks every stored chain.
     */
    List<@Nullable Object> loggedFields() {
        return Arrays.asList(
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
                outcome);
    }
}
