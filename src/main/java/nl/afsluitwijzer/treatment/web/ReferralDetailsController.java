package nl.afsluitwijzer.treatment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ReferralChanges;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A referral's details (referrer, eHealth while waiting, question) and its screening, on one page. */
@Controller
@RequestMapping("/behandelingen/{id}/aanmelding")
class ReferralDetailsController {

    private final Treatments treatments;
    private final ReferralChanges changes;
    private final TreatmentViews views;
    private final Feedback feedback;

    ReferralDetailsController(Treatments treatments, ReferralChanges changes, TreatmentViews views, Feedback feedback) {
        this.treatments = treatments;
        this.changes = changes;
        this.views = views;
        this.feedback = feedback;
    }

    @GetMapping
    String show(@PathVariable Long id, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        model.addAttribute("details", ReferralDetailsForm.of(file.treatment()));
        model.addAttribute(
                "screening", ScreeningForm.empty(views.today(), file.treatment().getVersion()));
        return page(file, model);
    }

    @PostMapping
    String describe(
            @PathVariable Long id,
            @Valid @ModelAttribute("details") ReferralDetailsForm form,
            BindingResult errors,
            Model model,
            Locale locale) {
        if (!errors.hasErrors()) {
            try {
                changes.describe(CurrentUser.require(), id, form.version(), form.details(), form.helpQuestion());
                return "redirect:/behandelingen/" + id;
            } catch (DomainException | OptimisticLockingFailureException refusal) {
                errors.reject("refused", feedback.text(refusal, locale));
            }
        }
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        model.addAttribute(
                "screening", ScreeningForm.empty(views.today(), file.treatment().getVersion()));
        return page(file, model);
    }

    @PostMapping("/screening")
    String screen(
            @PathVariable Long id,
            @Valid @ModelAttribute("screening") ScreeningForm form,
            BindingResult errors,
            Model model,
            Locale locale) {
        if (!errors.hasErrors()) {
            try {
                Treatment screened = changes.screen(
                        CurrentUser.require(),
                        id,
                        form.version(),
                        form.screenedOn(),
                        Objects.requireNonNull(form.outcome(), "validated @NotNull"),
                        form.givenReasons(),
                        form.otherReason());
                return "redirect:/behandelingen/" + id + (screened.isScreenedOut() ? "#feedback-title" : "");
            } catch (DomainException | OptimisticLockingFailureException refusal) {
                errors.rejectValue(fieldOf(refusal), "refused", feedback.text(refusal, locale));
            }
        }
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        model.addAttribute("details", ReferralDetailsForm.of(file.treatment()));
        return page(file, model);
    }

    private static String fieldOf(RuntimeException refusal) {
        if (refusal instanceof DomainException problem) {
            String key = problem.messageKey();
            return key.contains("other")
                    ? "otherReason"
                    : key.contains("reason") ? "reasons" : key.contains("date") ? "screenedOn" : "outcome";
        }
        return "outcome";
    }

    private String page(TreatmentFile file, Model model) {
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("referrerKinds", ReferrerKind.values());
        model.addAttribute("outcomes", ScreeningOutcome.values());
        model.addAttribute("screeningReasons", ScreeningReason.values());
        return "treatment/referral-details";
    }
}
