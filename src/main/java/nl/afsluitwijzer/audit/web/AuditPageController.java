package nl.afsluitwijzer.audit.web;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Beheer → Auditlog: who looked at or changed what, filterable, with a check of the hash chain. Reading
 * the log and checking it are themselves logged. Only GET: nothing here changes an entry.
 */
@Controller
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/beheer/audit")
    String entries(AuditFilter filter, Model model) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", null));
        return page(filter, model);
    }

    /**
     * The "Controleer" button: walks the whole chain (every practice's entries are in it) and shows the first
     * changed or missing entry; its id and time only when it is an entry of the reader's practice.
     */
    @GetMapping("/beheer/audit/controle")
    String verify(AuditFilter filter, Model model) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_CHAIN", null));
        model.addAttribute("verification", audit.verifyChain());
        return page(filter, model);
    }

    private String page(AuditFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("entries", audit.find(filter.toQuery()));
        model.addAttribute("maxRows", AuditQuery.MAX_ROWS);
        return "audit/entries";
    }
}
