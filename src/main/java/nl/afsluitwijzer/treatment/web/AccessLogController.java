package nl.afsluitwijzer.treatment.web;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Wie heeft dit dossier ingezien?": the access log of one treatment, one click from its page, for
 * everyone who may open the treatment (its therapist, a colleague it is shared with, the manager), so a
 * therapist sees who looked at their client's record. Reading it is logged too.
 */
@Controller
class AccessLogController {

    private final Treatments treatments;
    private final AuditLog audit;

    AccessLogController(Treatments treatments, AuditLog audit) {
        this.treatments = treatments;
        this.audit = audit;
    }

    @GetMapping("/behandelingen/{id}/inzage")
    String accessLog(@PathVariable Long id, Model model) {
        Treatment treatment = treatments.require(CurrentUser.require(), id);
        Client client = treatments.clientOf(treatment);
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", id).forClient(client.getReference(), id));
        model.addAttribute("treatment", treatment);
        model.addAttribute("client", client);
        model.addAttribute("entries", audit.find(new AuditQuery(null, null, null, null, id)));
        model.addAttribute("maxRows", AuditQuery.MAX_ROWS);
        return "treatment/access-log";
    }
}
