package nl.afsluitwijzer.signal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.signal.RiskAssessments;
import nl.afsluitwijzer.signal.RiskOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a risk assessment from the treatment page; a refusal goes back to the form, next to its field. */
@Controller
class RiskAssessmentController {

    private final RiskAssessments assessments;
    private final MessageSource messages;

    RiskAssessmentController(RiskAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @PostMapping("/behandelingen/{id}/risicotaxatie")
    String record(
            @PathVariable Long id, @RequestParam Map<String, String> form, RedirectAttributes redirect, Locale locale) {
        LocalDate date = parseDate(form.get("assessedOn"));
        RiskOutcome outcome = parseOutcome(form.get("outcome"));
        try {
            assessments.record(CurrentUser.require(), id, date, outcome, form.get("note"));
            redirect.addFlashAttribute("message", "risk.assessment.saved");
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            String[] key = refusal.messageKey().split("\\.");
            redirect.addFlashAttribute("riskField", key.length > 2 && key[0].equals("risk") ? key[2] : "");
            redirect.addFlashAttribute(
                    "riskError", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            redirect.addFlashAttribute("riskForm", form);
        }
        return "redirect:/behandelingen/" + id + "#risk-panel";
    }

    private static @Nullable LocalDate parseDate(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable RiskOutcome parseOutcome(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : RiskOutcome.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
