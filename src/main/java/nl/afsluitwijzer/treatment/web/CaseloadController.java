package nl.afsluitwijzer.treatment.web;

import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caseload: open treatments with n / E, and the waiting list; the manager sees the whole practice. */
@Controller
class CaseloadController {

    private final Treatments treatments;
    private final TreatmentViews views;

    CaseloadController(Treatments treatments, TreatmentViews views) {
        this.treatments = treatments;
        this.views = views;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) Long therapist, Model model) {
        boolean manager = CurrentUser.require().isManager();
        List<TreatmentView> all = views.of(treatments.visible(manager ? therapist : null));
        List<TreatmentView> open = all.stream()
                .filter(v -> v.file().treatment().getPhase().isOpen())
                .sorted(Comparator.comparing((TreatmentView v) -> v.file().treatment().getRegistrationDate()))
                .toList();
        model.addAttribute("active", open.stream().filter(v -> v.file().treatment().getPhase() != Phase.REFERRED)
                .sorted(Comparator.comparing(TreatmentView::overrun).reversed()).toList());
        model.addAttribute("waiting", open.stream()
                .filter(v -> v.file().treatment().getPhase() == Phase.REFERRED).toList());
        model.addAttribute("closedCount", all.size() - open.size());
        model.addAttribute("manager", manager);
        model.addAttribute("therapists", manager ? views.clinicians() : List.of());
        model.addAttribute("therapistFilter", therapist);
        model.addAttribute("today", views.today());
        return "treatment/caseload";
    }
}
