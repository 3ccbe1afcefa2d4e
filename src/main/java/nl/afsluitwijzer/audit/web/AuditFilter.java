package nl.afsluitwijzer.audit.web;

import java.time.LocalDate;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.shared.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The viewer's filter form (also for the export); empty fields do not filter. */
record AuditFilter(
        @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        String user,
        String clientReference,
        Long treatment) {

    AuditQuery toQuery() {
        return new AuditQuery(from, to, user, clientReference, treatment);
    }
}
