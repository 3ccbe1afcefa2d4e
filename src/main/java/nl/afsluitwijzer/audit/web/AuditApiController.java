package nl.afsluitwijzer.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEntry;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/audit: access-log entries for managers and administrators (docs/api.md). */
@RestController
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    record Entry(Instant at, String user, String role, AuditAction action, String clientReference, Long treatmentId,
            String onBehalfOf, String remoteAddress) {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.at(), entry.username(), entry.role(), entry.action(), entry.clientReference(),
                    entry.treatmentId(), entry.onBehalfOf(), entry.remoteAddress());
        }
    }

    @GetMapping("/api/v1/audit")
    List<Entry> entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String clientReference) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", null));
        return audit.find(new AuditQuery(from, to, null, clientReference, null)).stream().map(Entry::of).toList();
    }
}
