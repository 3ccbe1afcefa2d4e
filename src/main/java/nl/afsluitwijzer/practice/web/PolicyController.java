package nl.afsluitwijzer.practice.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Beheer → Afrondbeleid: the manager sets the practice policy from a date on; earlier versions stay. */
@Controller
@RequestMapping("/beheer/beleid")
class PolicyController {

    private final Policies policies;
    private final AuditLog audit;
    private final Clock clock;

    PolicyController(Policies policies, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("policy", PolicyForm.of(policies.inForce(CurrentUser.require().practiceId(), today),
                today));
        return page(model, today);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("policy") PolicyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model, LocalDate.now(clock));
        }
        CurrentUser user = CurrentUser.require();
        policies.set(user.practiceId(), form.toPolicy(), user.id(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "POLICY", form.effectiveFrom()));
        redirect.addFlashAttribute("message", "policy.saved");
        return "redirect:/beheer/beleid";
    }

    private String page(Model model, LocalDate today) {
        Long practice = CurrentUser.require().practiceId();
        model.addAttribute("versions", policies.versions(practice));
        model.addAttribute("inForce", policies.inForce(practice, today));
        return "practice/policy";
    }
}
