package nl.afsluitwijzer.treatment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Registering a new client on the waiting list. */
@Controller
class ReferralController {

    private final TreatmentRegistration registration;
    private final TreatmentViews views;
    private final Feedback feedback;

    ReferralController(TreatmentRegistration registration, TreatmentViews views, Feedback feedback) {
        this.registration = registration;
        this.views = views;
        this.feedback = feedback;
    }

    @GetMapping("/behandelingen/nieuw")
    String form(Model model) {
        model.addAttribute("referral", ReferralForm.empty(views.today()));
        return page(model);
    }

    @PostMapping("/behandelingen")
    String register(
            @Valid @ModelAttribute("referral") ReferralForm form, BindingResult errors, Model model, Locale locale) {
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            Treatment treatment = registration.refer(CurrentUser.require(), form.toReferral());
            return "redirect:/behandelingen/" + treatment.getId();
        } catch (DomainException refusal) {
            String field = refusal.messageKey().contains("client") ? "reference" : "registrationDate";
            errors.rejectValue(field, "refused", feedback.text(refusal, locale));
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("manager", CurrentUser.require().isManager());
        model.addAttribute("therapists", views.clinicians());
        model.addAttribute("referrerKinds", ReferrerKind.values());
        return "treatment/referral";
    }
}
