package nl.afsluitwijzer.treatment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.PageRequest;
import nl.afsluitwijzer.shared.Pager;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import nl.afsluitwijzer.treatment.Treeknorm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The waiting list: every referral the user may see that waits for an intake (with its position) or, after the
 * intake, for the start of treatment, with the waits against the Treeknorm. Visibility as on the caseload; each list
 * is paged by the database, so the page does not grow with the practice.
 */
@Controller
class WaitingListController {

    private final Treatments treatments;
    private final TreatmentViews views;

    WaitingListController(Treatments treatments, TreatmentViews views) {
        this.treatments = treatments;
        this.views = views;
    }

    /**
     * Both lists a page at a time (page: waiting for an intake; startPage: after it), 50 rows each unless size says
     * otherwise; the position on the list is the row's place among all the user sees.
     */
    @GetMapping("/wachtlijst")
    String waitingList(
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String startPage,
            @RequestParam(required = false) String size,
            Model model) {
        PageRequest toIntake = PageRequest.parse(page, size);
        PageRequest toStart = PageRequest.parse(startPage, size);
        Map<Long, String> names = views.therapistNames();
        List<Treatments.FilesPage> pages =
                treatments.visibleWaitingPages(CurrentUser.require(), toIntake.page(), toStart.page(), toIntake.size());
        Treatments.FilesPage waiting = pages.get(0);
        Treatments.FilesPage afterIntake = pages.get(1);
        List<TreatmentFile> waitingFiles = waiting.files().files();
        List<WaitingRow> waitingRows = new ArrayList<>();
        for (int i = 0; i < waitingFiles.size(); i++) {
            TreatmentFile file = waitingFiles.get(i);
            waitingRows.add(WaitingRow.of(
                    file,
                    Math.toIntExact(toIntake.offset() + i + 1),
                    views.today(),
                    names.getOrDefault(file.treatment().getTherapistId(), "")));
        }
        model.addAttribute("waiting", waitingRows);
        model.addAttribute("waitingTotal", waiting.total());
        model.addAttribute(
                "waitingPager",
                Pager.of(
                        toIntake.page(),
                        toIntake.size(),
                        waitingRows.size(),
                        waiting.total(),
                        p -> href(p, toStart.page(), size(toIntake)) + "#to-intake-title"));
        model.addAttribute(
                "afterIntake",
                afterIntake.files().files().stream()
                        .map(f -> WaitingRow.of(
                                f,
                                null,
                                views.today(),
                                names.getOrDefault(f.treatment().getTherapistId(), "")))
                        .toList());
        model.addAttribute("afterIntakeTotal", afterIntake.total());
        model.addAttribute(
                "afterIntakePager",
                Pager.of(
                        toStart.page(),
                        toStart.size(),
                        afterIntake.files().files().size(),
                        afterIntake.total(),
                        p -> href(toIntake.page(), p, size(toStart)) + "#to-start-title"));
        model.addAttribute("pageProblem", toIntake.problemKey() != null ? toIntake.problemKey() : toStart.problemKey());
        model.addAttribute("manager", CurrentUser.require().isManager());
        model.addAttribute("intakeNormWeeks", Treeknorm.INTAKE_DAYS / 7);
        model.addAttribute("startNormWeeks", Treeknorm.START_DAYS / 7);
        return "treatment/waiting-list";
    }

    private static @Nullable Integer size(PageRequest request) {
        return request.size() == PageRequest.DEFAULT_SIZE ? null : request.size();
    }

    private static String href(int page, int startPage, @Nullable Integer size) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/wachtlijst");
        if (page > 1) {
            href.queryParam("page", page);
        }
        if (startPage > 1) {
            href.queryParam("startPage", startPage);
        }
        if (size != null) {
            href.queryParam("size", size);
        }
        return href.build().toUriString();
    }
}
