package nl.afsluitwijzer.audit;

import java.time.LocalDate;

/** Filters for reading the log; every field is optional. Dates are inclusive, in UTC. */
public record AuditQuery(LocalDate from, LocalDate to, String username, String clientReference, Long treatmentId) {

    public static final int MAX_ROWS = 1000;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
