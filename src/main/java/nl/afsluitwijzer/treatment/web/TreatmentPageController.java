package nl.afsluitwijzer.treatment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The treatment page: header with phase and n / E, the forms to record, and the timeline. */
@Controller
class TreatmentPageController {

    private final Treatments treatments;
    private final TreatmentViews views;
    private final List<TreatmentPagePanel> panels;
    private final NextAppointmentAnswers nextAppointments;

    TreatmentPageController(
            Treatments treatments,
            TreatmentViews views,
            List<TreatmentPagePanel> panels,
            NextAppointmentAnswers nextAppointments) {
        this.treatments = treatments;
        this.nextAppointments = nextAppointments;
        this.views = views;
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(TreatmentPagePanel::order))
                .toList();
    }

    @GetMapping("/behandelingen/{id}")
    String show(@PathVariable Long id, Model model) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        TreatmentView view = views.of(file);
        model.addAttribute("view", view);
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("today", views.today());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("nextAppointmentWishes", NextAppointmentWish.values());
        model.addAttribute("nextAppointments", nextAppointments.of(CurrentUser.require(), id));
        model.addAttribute("goalStatuses", GoalStatus.values());
        model.addAttribute("discussionKinds", DiscussionKind.values());
        model.addAttribute(
                "colleagues",
                views.clinicians().stream()
                        .filter(u -> !Objects.equals(u.getId(), file.treatment().getTherapistId()))
                        .filter(u ->
                                !Objects.equals(u.getId(), CurrentUser.require().id())
                                        || CurrentUser.require().isManager())
                        .toList());
        model.addAttribute("sharedWith", List.copyOf(file.treatment().sharedWith()));
        model.addAttribute("topPanels", render(file, TreatmentPagePanel.Column.TOP));
        model.addAttribute("mainPanels", render(file, TreatmentPagePanel.Column.MAIN));
        model.addAttribute("sidePanels", render(file, TreatmentPagePanel.Column.SIDE));
        return "treatment/treatment";
    }

    private List<TreatmentPagePanel.Fragment> render(TreatmentFile file, TreatmentPagePanel.Column column) {
        return panels.stream()
                .filter(p -> p.column() == column)
                .map(p -> p.render(file))
                .flatMap(java.util.Optional::stream)
                .toList();
    }
}
