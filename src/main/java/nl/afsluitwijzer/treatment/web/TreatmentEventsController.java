package nl.afsluitwijzer.treatment.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.function.Supplier;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording on the treatment page: sessions, goals, goal status, discussions, phase, sharing. */
@Controller
@RequestMapping("/behandelingen/{id}")
class TreatmentEventsController {

    private final TreatmentChanges changes;
    private final Feedback feedback;

    TreatmentEventsController(TreatmentChanges changes, Feedback feedback) {
        this.changes = changes;
        this.feedback = feedback;
    }

    @PostMapping("/sessies")
    String addSession(
            @PathVariable Long id,
            @Valid EventForms.SessionForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.session",
                () -> changes.addSession(
                        CurrentUser.require(),
                        id,
                        null,
                        form.date(),
                        form.kind(),
                        !Boolean.FALSE.equals(form.attended()),
                        form.nextAppointment(),
                        form.clientWords()));
    }

    @PostMapping("/doelen")
    String addGoal(
            @PathVariable Long id,
            @Valid EventForms.GoalForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.goal",
                () -> changes.addGoal(CurrentUser.require(), id, form.description(), form.criterion(), form.date()));
    }

    @PostMapping("/doelen/{goalId}/status")
    String changeGoalStatus(
            @PathVariable Long id,
            @PathVariable Long goalId,
            @Valid EventForms.GoalStatusForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.goal-status",
                () -> changes.changeGoalStatus(CurrentUser.require(), id, goalId, form.status(), changes.today()));
    }

    @PostMapping("/besprekingen")
    String addDiscussion(
            @PathVariable Long id,
            @Valid EventForms.DiscussionForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.discussion",
                () -> changes.addDiscussion(CurrentUser.require(), id, form.date(), form.kind(), form.note()));
    }

    @PostMapping("/fase")
    String changePhase(
            @PathVariable Long id,
            @Valid EventForms.PhaseForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.phase",
                () -> changes.changePhase(
                        CurrentUser.require(), id, form.version(), form.phase(), form.date(), form.reason()));
    }

    @PostMapping("/delen")
    String share(
            @PathVariable Long id,
            @Valid EventForms.ShareForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale) {
        return record(
                id,
                errors,
                redirect,
                locale,
                "treatment.saved.share",
                () -> changes.share(
                        CurrentUser.require(), id, form.colleagueId(), !Boolean.FALSE.equals(form.shared())));
    }

    private String record(
            Long id,
            BindingResult errors,
            RedirectAttributes redirect,
            Locale locale,
            String savedKey,
            Supplier<?> change) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute(Feedback.ERROR, feedback.invalid(errors, locale));
            return "redirect:/behandelingen/" + id;
        }
        try {
            change.get();
            redirect.addFlashAttribute("message", savedKey);
        } catch (DomainException | OptimisticLockingFailureException refusal) {
            if (refusal instanceof DomainException problem && problem.kind() == DomainException.Kind.NOT_FOUND) {
                throw problem;
            }
            feedback.refused(redirect, refusal, locale);
        }
        return "redirect:/behandelingen/" + id;
    }
}
