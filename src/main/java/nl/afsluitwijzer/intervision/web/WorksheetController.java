package nl.afsluitwijzer.intervision.web;

import jakarta.validation.Valid;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worksheet during the meeting: factors (step 2), action options (step 4) and insights (step 5). */
@Controller
@RequestMapping("/intervisie/casuistiek/{id}")
class WorksheetController {

    private final CaseDiscussions discussions;
    private final AuditLog audit;

    WorksheetController(CaseDiscussions discussions, AuditLog audit) {
        this.discussions = discussions;
        this.audit = audit;
    }

    @PostMapping("/factoren")
    String addFactor(
            @PathVariable Long id, @Valid WorksheetEntryForm form, BindingResult errors, RedirectAttributes redirect) {
        return addEntry(id, WorksheetEntryKind.FACTOR, form, errors, redirect);
    }

    @PostMapping("/acties")
    String addAction(
            @PathVariable Long id, @Valid WorksheetEntryForm form, BindingResult errors, RedirectAttributes redirect) {
        return addEntry(id, WorksheetEntryKind.ACTION, form, errors, redirect);
    }

    @PostMapping("/regels/{entryId}/verwijderen")
    String removeEntry(@PathVariable Long id, @PathVariable Long entryId) {
        discussions.removeEntry(CurrentUser.require(), id, entryId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, CaseDiscussionController.CASE_DISCUSSION, id));
        return back(id);
    }

    @PostMapping("/inzichten")
    String addInsight(
            @PathVariable Long id, @Valid InsightForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("worksheetError", "intervision.case.insight.invalid");
            return back(id);
        }
        discussions.addInsight(CurrentUser.require(), id, form.participant(), form.content());
        audit.record(AuditEvent.of(AuditAction.UPDATE, CaseDiscussionController.CASE_DISCUSSION, id));
        return back(id);
    }

    private String addEntry(
            Long id,
            WorksheetEntryKind kind,
            WorksheetEntryForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("worksheetError", "intervision.case.entry.invalid");
            return back(id);
        }
        discussions.addEntry(CurrentUser.require(), id, kind, form.level(), form.content());
        audit.record(AuditEvent.of(AuditAction.UPDATE, CaseDiscussionController.CASE_DISCUSSION, id));
        return back(id);
    }

    private static String back(Long id) {
        return "redirect:/intervisie/casuistiek/" + id;
    }
}
