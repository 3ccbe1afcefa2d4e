package nl.afsluitwijzer.closing.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.closing.TreatmentClosing;
import nl.afsluitwijzer.closing.internal.Checklist;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Closing the treatment: the checklist for the chosen reason, and a reason for whatever is missing. */
@Controller
@RequestMapping("/behandelingen/{id}/afronden/afsluiten")
class ClosureController {

    private final Treatments treatments;
    private final ClosingPlans plans;
    private final TreatmentClosing closing;
    private final Refusals refusals;
    private final MessageSource messages;
    private final Clock clock;

    ClosureController(
            Treatments treatments,
            ClosingPlans plans,
            TreatmentClosing closing,
            Refusals refusals,
            MessageSource messages,
            Clock clock) {
        this.treatments = treatments;
        this.plans = plans;
        this.closing = closing;
        this.refusals = refusals;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable Long id, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        if (!closable(file)) {
            return "redirect:/behandelingen/" + id;
        }
        ClosingPlan plan = plans.of(file).orElse(null);
        CloseForm form = CloseForm.start(file.treatment().getVersion(), plan, LocalDate.now(clock));
        model.addAttribute("closure", form);
        return page(file, form, model);
    }

    /** The checklist for the reason and hand-over chosen so far (htmx, as the form changes). */
    @GetMapping("/checklist")
    String checklist(@PathVariable Long id, @ModelAttribute("closure") CloseForm form, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        ClosingReason reason = form.reason() == null ? ClosingReason.GOAL_REACHED : form.reason();
        model.addAttribute("checklist", closing.checklist(file, reason, form.handover()));
        model.addAttribute("treatment", file.treatment());
        return "closing/close :: checklist";
    }

    @PostMapping
    String close(
            @PathVariable Long id,
            @Valid @ModelAttribute("closure") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        if (errors.hasErrors()) {
            return page(file, form, model);
        }
        try {
            closing.close(CurrentUser.require(), id, form.treatmentVersion(), form.planVersion(), form.toClosure());
        } catch (DomainException refusal) {
            String text = refusal.messageKey().equals("closing.missing.reason-required")
                    ? missingText(file, form, locale)
                    : refusals.text(refusal, locale);
            errors.rejectValue(CloseForm.fieldOf(refusal.messageKey()), "refused", text);
            return page(file, form, model);
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("refused", refusals.text(conflict, locale));
            return page(file, form, model);
        }
        redirect.addFlashAttribute("message", "closing.closed." + form.reason().targetPhase());
        return "redirect:/behandelingen/" + id;
    }

    /**
     * Saves the hand-over of a transfer without closing yet, so the letters made before the closing (the GP letter is
     * on the checklist) already say to whom, why, what was tried, the risks and what was agreed.
     */
    @PostMapping("/overdracht")
    String saveHandover(
            @PathVariable Long id,
            @Valid @ModelAttribute("closure") CloseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        if (!closable(file)) {
            return "redirect:/behandelingen/" + id;
        }
        if (handoverErrors(errors)) {
            return page(file, form, model);
        }
        try {
            closing.recordHandover(CurrentUser.require(), id, form.planVersion(), form.handover());
        } catch (DomainException refusal) {
            errors.reject("refused", refusals.text(refusal, locale));
            return page(file, form, model);
        } catch (OptimisticLockingFailureException conflict) {
            errors.reject("refused", refusals.text(conflict, locale));
            return page(file, form, model);
        }
        redirect.addFlashAttribute("message", "closing.handover.saved");
        return "redirect:/behandelingen/" + id + "/afronden/afsluiten";
    }

    /** Only the hand-over fields matter when saving the hand-over; the date and reason are checked at closing. */
    private static boolean handoverErrors(BindingResult errors) {
        return errors.getFieldErrors().stream()
                .anyMatch(
                        e -> e.getField().startsWith("handover") || e.getField().endsWith("Version"));
    }

    private String missingText(TreatmentFile file, CloseForm form, Locale locale) {
        Checklist checklist = closing.checklist(file, form.reason(), form.handover());
        String items = checklist.missing().stream()
                .sorted()
                .map(item -> messages.getMessage("closing.item." + item, null, locale))
                .collect(Collectors.joining(", "));
        return refusals.text("closing.missing.reason-required", new Object[] {items}, locale);
    }

    private String page(TreatmentFile file, CloseForm form, Model model) {
        ClosingReason reason = form.reason() == null ? ClosingReason.GOAL_REACHED : form.reason();
        Handover handover = form.handover();
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("reasons", ClosingReason.values());
        model.addAttribute("checklist", closing.checklist(file, reason, handover));
        return "closing/close";
    }

    private static boolean closable(TreatmentFile file) {
        Phase phase = file.treatment().getPhase();
        return phase == Phase.TREATMENT || phase == Phase.CLOSING;
    }
}
