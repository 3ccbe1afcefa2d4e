package nl.afsluitwijzer.privacy.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.ClientDataExport;
import nl.afsluitwijzer.privacy.DestructionRequest;
import nl.afsluitwijzer.privacy.Destructions;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ClientRecord;
import nl.afsluitwijzer.treatment.ClientRecords;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's privacy page: the inzage downloads (treating therapist and manager) and, for the manager, destruction
 * requests with the decision. The page itself is logged as a view of the client.
 */
@Controller
@RequestMapping("/clienten/{clientId}/privacy")
class ClientPrivacyController {

    private final ClientRecords records;
    private final ClientDataExport export;
    private final Destructions destructions;
    private final AuditLog audit;
    private final Clock clock;

    ClientPrivacyController(
            ClientRecords records, ClientDataExport export, Destructions destructions, AuditLog audit, Clock clock) {
        this.records = records;
        this.export = export;
        this.destructions = destructions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable Long clientId, Model model) {
        return render(clientId, RequestForm.start(LocalDate.now(clock)), model);
    }

    @GetMapping("/gegevens.json")
    ResponseEntity<byte[]> json(@PathVariable Long clientId) {
        return download(
                export.json(CurrentUser.require(), clientId),
                MediaType.APPLICATION_JSON,
                "client-" + clientId + ".json");
    }

    @GetMapping("/gegevens.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long clientId) {
        return download(
                export.pdf(CurrentUser.require(), clientId), MediaType.APPLICATION_PDF, "client-" + clientId + ".pdf");
    }

    @PostMapping("/verzoeken")
    String record(
            @PathVariable Long clientId,
            @Valid @ModelAttribute("request") RequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return render(clientId, form, model);
        }
        try {
            destructions.record(CurrentUser.require(), clientId, form.toRequest());
        } catch (OptimisticLockingFailureException recordedMeanwhile) {
            errors.reject("privacy.request.changed");
            return render(clientId, form, model);
        }
        redirect.addFlashAttribute("message", "privacy.request.recorded");
        return "redirect:/clienten/" + clientId + "/privacy#requests";
    }

    @PostMapping("/verzoeken/{requestId}/weigeren")
    String refuse(
            @PathVariable Long clientId,
            @PathVariable Long requestId,
            @Valid DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.reasonText().isEmpty()) {
            return refused(clientId, requestId, "privacy.refuse.reason.required", redirect);
        }
        try {
            destructions.refuse(CurrentUser.require(), clientId, requestId, form.version(), form.reasonText());
        } catch (DomainException refusal) {
            return refused(clientId, requestId, actionable(refusal), redirect);
        }
        redirect.addFlashAttribute("message", "privacy.request.refused");
        return "redirect:/clienten/" + clientId + "/privacy#requests";
    }

    @PostMapping("/verzoeken/{requestId}/vernietigen")
    String destroy(
            @PathVariable Long clientId,
            @PathVariable Long requestId,
            @Valid DecisionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        try {
            destructions.destroy(CurrentUser.require(), clientId, requestId, form.version(), form.confirmationText());
        } catch (DomainException refusal) {
            return refused(clientId, requestId, actionable(refusal), redirect);
        }
        redirect.addFlashAttribute("message", "privacy.destroyed");
        return "redirect:/privacy";
    }

    /** A decision that was not taken: the message goes next to the request's form. */
    private static String refused(Long clientId, Long requestId, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("decisionError", messageKey);
        redirect.addFlashAttribute("decisionRequest", requestId);
        return "redirect:/clienten/" + clientId + "/privacy#request-" + requestId;
    }

    /** Not found stays an error page; a mismatch or a concurrent change is shown on the page. */
    private static String actionable(DomainException refusal) {
        if (refusal.kind() == DomainException.Kind.NOT_FOUND || refusal.kind() == DomainException.Kind.FORBIDDEN) {
            throw refusal;
        }
        return refusal.messageKey();
    }

    private String render(Long clientId, RequestForm form, Model model) {
        ClientRecord record = records.require(CurrentUser.require(), clientId);
        boolean manager = CurrentUser.require().isManager();
        audit.record(AuditEvent.of(AuditAction.VIEW, "CLIENT_PRIVACY", clientId)
                .forClient(record.client().getReference(), null));
        model.addAttribute("client", record.client());
        model.addAttribute("treatments", record.treatments());
        model.addAttribute("manager", manager);
        model.addAttribute(
                "requests", manager ? destructions.forClient(CurrentUser.require(), clientId) : java.util.List.of());
        model.addAttribute("request", form);
        model.addAttribute("requestedBy", DestructionRequest.RequestedBy.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "privacy/client";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
