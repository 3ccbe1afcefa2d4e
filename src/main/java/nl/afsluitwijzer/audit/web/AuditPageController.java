package nl.afsluitwijzer.audit.web;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Beheer → Auditlog: who looked at or changed what, filterable. Reading the log is itself logged. */
@Controller
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/beheer/audit")
    String entries(AuditFilter filter, Model model) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", null));
        model.addAttribute("filter", filter);
        model.addAttribute("entries", audit.find(filter.toQuery()));
        model.addAttribute("maxRows", AuditQuery.MAX_ROWS);
        return "audit/entries";
    }
}
