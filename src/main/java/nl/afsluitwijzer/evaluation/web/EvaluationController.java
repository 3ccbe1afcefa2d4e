package nl.afsluitwijzer.evaluation.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.evaluation.SupportAnswer;
import nl.afsluitwijzer.evaluation.SupportQuestion;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
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

/**
 * The evaluation form: "Wat vind jij?" first, then goals, working relationship, motivation and the decision; while
 * NOT_ON_TRACK fires (acknowledged by hand or not), the support questions before the decision.
 */
@Controller
@RequestMapping("/behandelingen/{id}/evaluaties")
class EvaluationController {

    private static final String GOAL_SCORE = "goalScore-";

    /** Support question answers arrive as support-<question> (CONCERN, NO_CONCERN or empty) and supportNote-<question>. */
    static final String SUPPORT = "support-";

    static final String SUPPORT_NOTE = "supportNote-";
    static final String CONCERN = "CONCERN";
    static final String NO_CONCERN = "NO_CONCERN";

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
        return page(file, Map.of(), Map.of(), List.of(), null, model);
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
        List<String> supportErrors = new ArrayList<>();
        List<SupportAnswer> answers = supportAnswers(parameters, supportErrors, locale);
        if (errors.hasErrors() || !supportErrors.isEmpty()) {
            return page(file, scores, parameters, supportErrors, form.date(), model);
        }
        try {
            evaluations.record(CurrentUser.require(), id, form.toEvaluation(scores, answers));
        } catch (DomainException refusal) {
            String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
            if (refusal.messageKey().startsWith("evaluation.support.")) {
                supportErrors.add(message);
            } else {
                errors.rejectValue(EvaluationForm.fieldOf(refusal.messageKey()), "refused", message);
            }
            return page(file, scores, parameters, supportErrors, form.date(), model);
        }
        redirect.addFlashAttribute(
                "message", form.decision() == Decision.REFER ? "evaluation.saved.refer" : "evaluation.saved");
        return "redirect:/behandelingen/" + id;
    }

    /** What was entered per question, by the question's name, to show again with an error. */
    private static Map<String, String> supportValues(Map<String, String> parameters, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SupportQuestion question : SupportQuestion.values()) {
            values.put(question.name(), parameters.getOrDefault(prefix + question.name(), ""));
        }
        return values;
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

    /**
     * The answered support questions: a question counts as answered when zorg or geen zorg was chosen; a note without
     * that choice, another value or a note over the limit is an error (named by the question) in {@code errors}.
     */
    private List<SupportAnswer> supportAnswers(Map<String, String> parameters, List<String> errors, Locale locale) {
        List<SupportAnswer> answers = new ArrayList<>();
        for (SupportQuestion question : SupportQuestion.values()) {
            String value =
                    parameters.getOrDefault(SUPPORT + question.name(), "").strip();
            String note = StringUtils.stripToNull(parameters.get(SUPPORT_NOTE + question.name()));
            String label = messages.getMessage("evaluation.support.question." + question.name(), null, locale);
            if (note != null && note.length() > SupportAnswer.NOTE_MAX) {
                errors.add(label + ": "
                        + messages.getMessage(
                                "evaluation.support.note-too-long", new Object[] {SupportAnswer.NOTE_MAX}, locale));
            } else if (value.equals(CONCERN) || value.equals(NO_CONCERN)) {
                answers.add(new SupportAnswer(question, value.equals(CONCERN), note));
            } else if (!value.isEmpty() || note != null) {
                errors.add(label + ": " + messages.getMessage("evaluation.support.answer-required", null, locale));
            }
        }
        return answers;
    }

    private String page(
            TreatmentFile file,
            Map<Long, Integer> scores,
            Map<String, String> parameters,
            List<String> supportErrors,
            java.time.@Nullable LocalDate date,
            Model model) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate asOf = date == null || date.isAfter(today) ? today : date;
        model.addAttribute("offTrack", evaluations.notOnTrack(file, asOf).orElse(null));
        model.addAttribute("supportQuestions", SupportQuestion.values());
        model.addAttribute("supportValues", supportValues(parameters, SUPPORT));
        model.addAttribute("supportNotes", supportValues(parameters, SUPPORT_NOTE));
        model.addAttribute("supportErrors", supportErrors);
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
