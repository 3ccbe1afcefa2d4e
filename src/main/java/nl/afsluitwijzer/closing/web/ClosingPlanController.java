package nl.afsluitwijzer.closing.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.TreatmentClosing;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting the closing phase and the closing plan: fading out, what the client learned, keeping the results, ritual. */
@Controller
@RequestMapping("/behandelingen/{id}/afronden")
class ClosingPlanController {

    private final Treatments treatments;
    private final ClosingPlans plans;
    private final TreatmentClosing closing;
    private final Refusals refusals;
    private final Clock clock;

    ClosingPlanController(
            Treatments treatments, ClosingPlans plans, TreatmentClosing closing, Refusals refusals, Clock clock) {
        this.treatments = treatments;
        this.plans = plans;
        this.closing = closing;
        this.refusals = refusals;
        this.clock = clock;
    }

    @PostMapping("/start")
    String start(
            @PathVariable Long id,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            plans.start(CurrentUser.require(), id, version, LocalDate.now(clock));
        } catch (DomainException | OptimisticLockingFailureException refusal) {
            redirect.addFlashAttribute(Refusals.ERROR, refusals.text(refusal, locale));
            return "redirect:/behandelingen/" + id;
        }
        redirect.addFlashAttribute("message", "closing.started");
        return "redirect:/behandelingen/" + id + "/afronden";
    }

    @GetMapping
    String plan(@PathVariable Long id, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        Phase phase = file.treatment().getPhase();
        if (phase == Phase.TREATMENT) {
            model.addAttribute("treatment", file.treatment());
            model.addAttribute("client", file.client());
            return "closing/start";
        }
        if (phase != Phase.CLOSING) {
            return "redirect:/behandelingen/" + id;
        }
        PlanForm form = plans.of(file)
                .map(PlanForm::of)
                .orElseGet(() -> PlanForm.proposed(plans.proposal(file, closing.closingStart(file))));
        model.addAttribute("plan", form);
        return page(file, model);
    }

    @PostMapping
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("plan") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        PlanDetails details = errors.hasErrors() ? null : form.toDetails(errors);
        if (details == null) {
            return page(file, model);
        }
        try {
            plans.save(CurrentUser.require(), id, form.version(), details);
        } catch (DomainException refusal) {
            String text = refusals.text(refusal, locale);
            if (refusal.messageKey().contains("fading-out")) {
                errors.rejectValue("fadingOut", "refused", text);
            } else {
                errors.reject("refused", text);
            }
            return page(file, model);
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("refused", refusals.text(conflict, locale));
            return page(file, model);
        }
        redirect.addFlashAttribute("message", "closing.plan.saved");
        return "redirect:/behandelingen/" + id;
    }

    private String page(TreatmentFile file, Model model) {
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("lastSession", file.lastAttendedSession().orElse(null));
        model.addAttribute("supportOptions", SupportOption.values());
        model.addAttribute("rituals", ClosingRitual.values());
        model.addAttribute("endMeasured", closing.endMeasured(file));
        return "closing/plan";
    }
}
