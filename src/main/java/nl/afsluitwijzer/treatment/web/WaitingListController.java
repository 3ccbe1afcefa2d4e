package nl.afsluitwijzer.treatment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Treeknorm;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import nl.afsluitwijzer.treatment.WaitingPositions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The waiting list: every referral the user may see that waits for an intake (with its position) or, after the
 * intake, for the start of treatment, with the waits against the Treeknorm. Visibility as on the caseload.
 */
@Controller
class WaitingListController {

    private final Treatments treatments;
    private final TreatmentViews views;

    WaitingListController(Treatments treatments, TreatmentViews views) {
        this.treatments = treatments;
        this.views = views;
    }

    @GetMapping("/wachtlijst")
    String waitingList(Model model) {
        List<TreatmentFile> open = treatments.visibleWaiting().stream()
                .sorted(Comparator.comparing((TreatmentFile f) -> f.treatment().getRegistrationDate())
                        .thenComparing(TreatmentFile::id))
                .toList();
        Map<Long, Integer> positions = WaitingPositions.of(open.stream().map(TreatmentFile::treatment).toList());
        Map<Long, String> names = views.therapistNames();
        List<WaitingRow> rows = open.stream().map(f -> WaitingRow.of(f, positions.get(f.id()), views.today(),
                names.getOrDefault(f.treatment().getTherapistId(), ""))).toList();
        model.addAttribute("waiting", rows.stream().filter(r -> r.position() != null).toList());
        model.addAttribute("afterIntake", rows.stream().filter(r -> r.position() == null).toList());
        model.addAttribute("manager", CurrentUser.require().isManager());
        model.addAttribute("intakeNormWeeks", Treeknorm.INTAKE_DAYS / 7);
        model.addAttribute("startNormWeeks", Treeknorm.START_DAYS / 7);
        return "treatment/waiting-list";
    }
}
