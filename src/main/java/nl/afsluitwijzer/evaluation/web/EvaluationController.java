package nl.afsluitwijzer.evaluation.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The evaluation form: "Wat vind jij?" first, then goals, working relationship, motivation and the decision. */
@Controller
@RequestMapping("/behandelingen/{id}/evaluaties")
class EvaluationController {

    private static final String GOAL_SCORE = "goalScore-";

    private final Evaluations evaluations;
    private final Treatments treatments;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final Measurements measurements;

    EvaluationController(
            Evaluations evaluations,
            Treatments treatments,
            MessageSource messages,
            java.time.Clock clock,
            Measurements measurements) {
        this.measurements = measurements;
        this.evaluations = evaluations;
        this.treatments = treatments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/nieuw")
    String form(@PathVariable Long id, @RequestParam(required = false) EvaluationKind kind, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        EvaluationKind chosen = kind != null ? kind : EvaluationKind.MID;
        model.addAttribute("evaluation", EvaluationForm.start(java.time.LocalDate.now(clock), chosen));
        return page(file, Map.of(), model);
    }

    @PostMapping
    String record(
            @PathVariable Long id,
            @Valid @ModelAttribute("evaluation") EvaluationForm form,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        Map<Long, Integer> scores = goalScores(parameters, errors);
        if (errors.hasErrors()) {
            return page(file, scores, model);
        }
        try {
            evaluations.record(CurrentUser.require(), id, form.toEvaluation(scores));
        } catch (DomainException refusal) {
            errors.rejectValue(
                    EvaluationForm.fieldOf(refusal.messageKey()),
                    "refused",
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            return page(file, scores, model);
        }
        redirect.addFlashAttribute(
                "message", form.decision() == Decision.REFER ? "evaluation.saved.refer" : "evaluation.saved");
        return "redirect:/behandelingen/" + id;
    }

    private static Map<Long, Integer> goalScores(Map<String, String> parameters, BindingResult errors) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(GOAL_SCORE) && !value.isBlank()) {
                try {
                    scores.put(Long.valueOf(name.substring(GOAL_SCORE.length())), Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    errors.reject("evaluation.goal-score.number");
                }
            }
        });
        return scores;
    }

    private String page(TreatmentFile file, Map<Long, Integer> scores, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("levels", ReasonLevel.values());
        model.addAttribute(
                "reasonsByLevel",
                java.util.Arrays.stream(ReasonLevel.values())
                        .collect(java.util.stream.Collectors.toMap(
                                l -> l, ExtensionReason::at, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("goalScores", scores);
        model.addAttribute(
                "currentExpected", file.treatment().expectedSessions().orElse(null));
        model.addAttribute(
                "standing",
                TreatmentStanding.of(
                        file,
                        measurements.historyOf(CurrentUser.require(), file.id()),
                        java.time.LocalDate.now(clock),
                        LocaleContextHolder.getLocale()));
        return "evaluation/form";
    }
}
