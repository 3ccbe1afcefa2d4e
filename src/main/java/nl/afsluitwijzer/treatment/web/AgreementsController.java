package nl.afsluitwijzer.treatment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.InstrumentChoices;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import nl.afsluitwijzer.treatment.internal.ExtensionNeedsEvaluation;
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

/**
 * De behandelafspraken: expectations and clear agreements at the start (Handvatdocument §2): the client's
 * own estimate, the therapist's, the agreed number, concrete goals, closing as a positive aim.
 */
@Controller
@RequestMapping("/behandelingen/{id}/afspraken")
class AgreementsController {

    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final Policies policies;
    private final TreatmentViews views;
    private final Feedback feedback;
    private final InstrumentChoices instruments;

    AgreementsController(
            Treatments treatments,
            TreatmentChanges changes,
            Policies policies,
            TreatmentViews views,
            Feedback feedback,
            InstrumentChoices instruments) {
        this.instruments = instruments;
        this.treatments = treatments;
        this.changes = changes;
        this.policies = policies;
        this.views = views;
        this.feedback = feedback;
    }

    @GetMapping
    String form(@PathVariable Long id, Model model, Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        Treatment treatment = file.treatment();
        var policy = policies.inForce(treatment.getPracticeId(), views.today());
        model.addAttribute("agreements", AgreementsForm.of(treatment, policy.expectedSessions(treatment.isComplex())));
        return page(file, model, locale);
    }

    @PostMapping
    String save(
            @PathVariable Long id,
            @Valid @ModelAttribute("agreements") AgreementsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        if (form.primaryInstrument() != null
                && !form.primaryInstrument().isBlank()
                && !instruments.isKnown(form.primaryInstrument())) {
            errors.rejectValue("primaryInstrument", "agreements.instrument.unknown");
        }
        if (errors.hasErrors()) {
            return page(file, model, locale);
        }
        try {
            changes.agreeWithGoals(CurrentUser.require(), id, form.version(), form.toAgreements(), form.newGoals());
        } catch (ExtensionNeedsEvaluation extension) {
            errors.rejectValue("expectedSessions", extension.messageKey(), extension.arguments(), null);
            model.addAttribute("extensionNeedsEvaluation", true);
            return page(file, model, locale);
        } catch (DomainException | OptimisticLockingFailureException refusal) {
            model.addAttribute(Feedback.ERROR, feedback.text(refusal, locale));
            return page(file, model, locale);
        }
        redirect.addFlashAttribute("message", "agreements.saved");
        return "redirect:/behandelingen/" + id;
    }

    private String page(TreatmentFile file, Model model, Locale locale) {
        Treatment treatment = file.treatment();
        var policy = policies.inForce(treatment.getPracticeId(), views.today());
        model.addAttribute("treatment", treatment);
        model.addAttribute("client", file.client());
        model.addAttribute("instruments", instruments.all(locale));
        model.addAttribute("standardSessions", policy.expectedStandard());
        model.addAttribute("complexSessions", policy.expectedComplex());
        model.addAttribute("evaluateAfterSessions", policy.evaluateAfterSessions());
        model.addAttribute("hasGoals", !file.goals().isEmpty());
        return "treatment/agreements";
    }
}
