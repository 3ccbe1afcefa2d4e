package nl.afsluitwijzer.intervision.web;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.KnowledgeBase;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /intervisie: the practice's sessions and case discussions, past and current, and the way to start new ones. */
@Controller
class OverviewController {

    private final Workshops workshops;
    private final CaseDiscussions discussions;
    private final KnowledgeBase knowledge;
    private final ColleagueNames names;
    private final AuditLog audit;

    OverviewController(
            Workshops workshops,
            CaseDiscussions discussions,
            KnowledgeBase knowledge,
            ColleagueNames names,
            AuditLog audit) {
        this.workshops = workshops;
        this.discussions = discussions;
        this.knowledge = knowledge;
        this.names = names;
        this.audit = audit;
    }

    @GetMapping("/intervisie")
    String overview(Model model) {
        CurrentUser user = CurrentUser.require();
        audit.record(AuditEvent.of(AuditAction.SEARCH, CaseDiscussionController.CASE_DISCUSSION, null));
        model.addAttribute("workshops", workshops.listFor(user));
        model.addAttribute("discussions", discussions.listFor(user));
        model.addAttribute("lessons", knowledge.lessonsByTheme(user));
        model.addAttribute("themes", Norm3Theme.values());
        model.addAttribute("names", names.of(user));
        return "intervision/overview";
    }
}
