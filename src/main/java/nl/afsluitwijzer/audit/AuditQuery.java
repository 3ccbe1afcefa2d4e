package nl.afsluitwijzer.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters for reading the log; every field is optional. Dates are inclusive, in UTC. */
public record AuditQuery(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String username,
        @Nullable String clientReference,
        @Nullable Long treatmentId) {

    public static final int MAX_ROWS = 1000;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
