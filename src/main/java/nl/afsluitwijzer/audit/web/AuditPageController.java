package nl.afsluitwijzer.audit.web;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.internal.AuditPage;
import nl.afsluitwijzer.shared.PageRequest;
import nl.afsluitwijzer.shared.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Beheer → Auditlog: who looked at or changed what, filterable, 50 entries a page, with a check of the hash chain. Reading
 * the log and checking it are themselves logged. Only GET: nothing here changes an entry.
 */
@Controller
class AuditPageController {

    private final AuditLog audit;

    AuditPageController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/beheer/audit")
    String entries(
            AuditFilter filter,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            Model model) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", null));
        return page(filter, PageRequest.parse(page, size), model);
    }

    /**
     * The "Controleer" button: walks the whole chain (every practice's entries are in it) and shows the first
     * changed or missing entry; its id and time only when it is an entry of the reader's practice.
     */
    @GetMapping("/beheer/audit/controle")
    String verify(AuditFilter filter, Model model) {
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_CHAIN", null));
        model.addAttribute("verification", audit.verifyChain());
        return page(filter, PageRequest.parse(null, null), model);
    }

    /** A page of 50 entries (or size), newest first; a page past the last shows the last, with a message. */
    private String page(AuditFilter filter, PageRequest asked, Model model) {
        AuditPage result = audit.findPage(filter.toQuery(), asked.page(), asked.size());
        PageRequest shown = asked;
        if (result.entries().isEmpty() && asked.page() > Pager.pages(result.total(), asked.size())) {
            shown = asked.withPage(Pager.pages(result.total(), asked.size()), "pager.beyond-last");
            result = audit.findPage(filter.toQuery(), shown.page(), shown.size());
        }
        int size = shown.size();
        model.addAttribute("filter", filter);
        model.addAttribute("entries", result.entries());
        model.addAttribute("moreThanCounted", result.moreThanCounted());
        model.addAttribute("countedUpTo", AuditPage.COUNTED_UP_TO);
        model.addAttribute(
                "pager",
                Pager.of(shown.page(), size, result.entries().size(), result.total(), p -> href(filter, p, size)));
        model.addAttribute("pageProblem", shown.problemKey());
        return "audit/entries";
    }

    private static String href(AuditFilter filter, int page, int size) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/beheer/audit");
        if (filter.from() != null) {
            href.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            href.queryParam("to", filter.to());
        }
        if (filter.user() != null && !filter.user().isBlank()) {
            href.queryParam("user", filter.user());
        }
        if (filter.clientReference() != null && !filter.clientReference().isBlank()) {
            href.queryParam("clientReference", filter.clientReference());
        }
        if (filter.treatment() != null) {
            href.queryParam("treatment", filter.treatment());
        }
        if (size != PageRequest.DEFAULT_SIZE) {
            href.queryParam("size", size);
        }
        return href.queryParam("page", page).encode().build().toUriString();
    }
}
