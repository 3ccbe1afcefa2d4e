package nl.afsluitwijzer.intervision.web;

import jakarta.validation.Valid;
import java.time.Clock;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.internal.AnonymityProblem;
import nl.afsluitwijzer.intervision.internal.CaseAnonymity;
import nl.afsluitwijzer.intervision.internal.CaseDiscussionStatus;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.intervision.internal.TreatmentCases;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Complexe casuïstiek": prepare a case, run the meeting step by step on the projector, finish with a
 * one-page summary. Reading and changing a case is audit-logged.
 */
@Controller
@RequestMapping("/intervisie/casuistiek")
class CaseDiscussionController {

    static final String CASE_DISCUSSION = "CASE_DISCUSSION";
    private static final String FORM = "intervision/case-form";

    private final CaseDiscussions discussions;
    private final ColleagueNames names;
    private final AuditLog audit;
    private final Clock clock;
    private final TreatmentCases treatmentCases;
    private final CaseAnonymity anonymity;

    CaseDiscussionController(
            CaseDiscussions discussions,
            ColleagueNames names,
            AuditLog audit,
            Clock clock,
            TreatmentCases treatmentCases,
            CaseAnonymity anonymity) {
        this.treatmentCases = treatmentCases;
        this.anonymity = anonymity;
        this.discussions = discussions;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/nieuw")
    String newCase(
            @RequestParam(name = "behandeling", required = false) Long treatmentId,
            Model model,
            java.util.Locale locale) {
        CasePreparationForm form = treatmentId == null
                ? CasePreparationForm.empty()
                : CasePreparationForm.of(treatmentCases.prefill(CurrentUser.require(), treatmentId, locale));
        model.addAttribute("preparation", form);
        model.addAttribute("treatmentId", treatmentId);
        model.addAttribute("helpQuestionCopied", treatmentId != null);
        return FORM;
    }

    @PostMapping
    String prepare(
            @Valid @ModelAttribute("preparation") CasePreparationForm form,
            BindingResult errors,
            @RequestParam(name = "behandeling", required = false) Long treatmentId,
            Model model) {
        if (treatmentId != null) {
            treatmentCases.requireAccess(CurrentUser.require(), treatmentId);
        }
        rejectWhenNotAnonymous(treatmentId, form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("treatmentId", treatmentId);
            model.addAttribute(
                    "helpQuestionCopied",
                    anonymity.copiedFromTreatment(CurrentUser.require(), treatmentId, form.helpQuestion()));
            return FORM;
        }
        CaseDiscussion discussion =
                discussions.prepare(CurrentUser.require(), form.toPreparation(), treatmentId, form.confirmed());
        audit.record(AuditEvent.of(AuditAction.CREATE, CASE_DISCUSSION, discussion.getId()));
        return "redirect:/intervisie/casuistiek/" + discussion.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        CurrentUser user = CurrentUser.require();
        CaseDiscussion discussion = discussions.find(user, id);
        if (discussion.getStatus() == CaseDiscussionStatus.FINISHED) {
            return "redirect:/intervisie/casuistiek/" + id + "/samenvatting";
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, CASE_DISCUSSION, id));
        addCase(user, discussion, model);
        model.addAttribute("steps", CaseDiscussionStep.values());
        if (discussion.getStep() != null) {
            model.addAttribute(
                    "timer",
                    StepTimer.of(discussion.getStep().minutes(), discussion.getStepStartedAt(), clock.instant()));
        }
        model.addAttribute("insightForm", InsightForm.empty());
        if (!model.containsAttribute("reflectionForm")) {
            model.addAttribute(
                    "reflectionForm", new ReflectionForm(discussion.getReflection(), discussion.getVersion()));
        }
        return "intervision/case-discussion";
    }

    /** The step timer alone, polled every minute: keeps it in step and the facilitator's session alive. */
    @GetMapping("/{id}/timer")
    String timer(@PathVariable Long id, Model model) {
        CaseDiscussion discussion = discussions.find(CurrentUser.require(), id);
        if (discussion.getStep() == null || discussion.getStatus() == CaseDiscussionStatus.FINISHED) {
            return "intervision/case-discussion :: no-timer";
        }
        model.addAttribute(
                "timer", StepTimer.of(discussion.getStep().minutes(), discussion.getStepStartedAt(), clock.instant()));
        return "intervision/case-discussion :: timer";
    }

    @GetMapping("/{id}/bewerken")
    String edit(@PathVariable Long id, Model model) {
        CaseDiscussion discussion = discussions.find(CurrentUser.require(), id);
        audit.record(AuditEvent.of(AuditAction.VIEW, CASE_DISCUSSION, id));
        model.addAttribute("discussion", discussion);
        model.addAttribute("preparation", CasePreparationForm.of(discussion.getPreparation()));
        model.addAttribute("helpQuestionCopied", !discussion.isHelpQuestionShareable());
        return FORM;
    }

    @PostMapping("/{id}")
    String revise(
            @PathVariable Long id,
            @Valid @ModelAttribute("preparation") CasePreparationForm form,
            BindingResult errors,
            Model model) {
        CurrentUser user = CurrentUser.require();
        CaseDiscussion discussion = discussions.find(user, id);
        rejectWhenNotAnonymous(discussion.getTreatmentId(), form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("discussion", discussion);
            model.addAttribute(
                    "helpQuestionCopied",
                    anonymity.copiedFromTreatment(
                            CurrentUser.require(), discussion.getTreatmentId(), form.helpQuestion()));
            return FORM;
        }
        discussions.revise(user, id, form.toPreparation(), form.confirmed());
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE_DISCUSSION, id));
        return "redirect:/intervisie/casuistiek/" + id;
    }

    /** Step 3: the notes of the reflective round, anonymous like everything else of the case. */
    @PostMapping("/{id}/reflectie")
    String reflection(
            @PathVariable Long id,
            @Valid @ModelAttribute("reflectionForm") ReflectionForm form,
            BindingResult errors,
            Model model) {
        CurrentUser user = CurrentUser.require();
        CaseDiscussion discussion = discussions.find(user, id);
        if (!errors.hasFieldErrors(CaseAnonymity.REFLECTION)) {
            for (AnonymityProblem problem :
                    anonymity.checkReflection(CurrentUser.require(), discussion.getTreatmentId(), form.reflection())) {
                errors.rejectValue(problem.field(), problem.messageKey(), new Object[] {problem.word()}, null);
            }
        }
        if (errors.hasErrors()) {
            return show(id, model);
        }
        discussions.recordReflection(user, id, form.reflection(), form.version());
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE_DISCUSSION, id));
        return "redirect:/intervisie/casuistiek/" + id + "#reflection";
    }

    @PostMapping("/{id}/stap")
    String moveTo(@PathVariable Long id, @RequestParam int step) {
        CaseDiscussionStep target = CaseDiscussionStep.numbered(step)
                .orElseThrow(() -> DomainException.refused("intervision.step.unknown"));
        discussions.moveTo(CurrentUser.require(), id, target);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE_DISCUSSION, id));
        return "redirect:/intervisie/casuistiek/" + id;
    }

    @PostMapping("/{id}/afronden")
    String finish(@PathVariable Long id) {
        discussions.finish(CurrentUser.require(), id);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CASE_DISCUSSION, id));
        return "redirect:/intervisie/casuistiek/" + id + "/samenvatting";
    }

    @GetMapping("/{id}/samenvatting")
    String summary(@PathVariable Long id, Model model) {
        CurrentUser user = CurrentUser.require();
        CaseDiscussion discussion = discussions.find(user, id);
        audit.record(AuditEvent.of(AuditAction.VIEW, CASE_DISCUSSION, id));
        addCase(user, discussion, model);
        model.addAttribute("lessonForm", LessonForm.from(LessonSource.CASE_DISCUSSION, id));
        model.addAttribute("themes", Norm3Theme.values());
        return "intervision/case-summary";
    }

    /** Names, references and an unconfirmed copy of the treatment's help question become errors at their field. */
    private void rejectWhenNotAnonymous(@Nullable Long treatmentId, CasePreparationForm form, BindingResult errors) {
        for (AnonymityProblem problem :
                anonymity.check(CurrentUser.require(), treatmentId, form.toPreparation(), form.confirmed())) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey(), new Object[] {problem.word()}, null);
            }
        }
    }

    private void addCase(CurrentUser user, CaseDiscussion discussion, Model model) {
        model.addAttribute("discussion", discussion);
        model.addAttribute("worksheet", discussions.worksheet(discussion));
        model.addAttribute("levels", SystemLevel.values());
        model.addAttribute("presenter", names.of(user).get(discussion.getPresenterId()));
    }
}
