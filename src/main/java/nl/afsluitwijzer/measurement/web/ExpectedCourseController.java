package nl.afsluitwijzer.measurement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beheer → Verwacht verloop (docs/expected-course.md): per instrument whether the practice's expected course is
 * learned or the default curve, when and from how many closed treatments, and the manager's button to compute it
 * again now. A course holds no client's data; computing it again is audit-logged by the service.
 */
@Controller
@RequestMapping("/beheer/verwacht-verloop")
class ExpectedCourseController {

    private final ExpectedCourses courses;
    private final Clock clock;

    ExpectedCourseController(ExpectedCourses courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        Long practice = CurrentUser.require().practiceId();
        model.addAttribute("rows", rows(courses.of(practice).values()));
        model.addAttribute("minimum", ExpectedCourse.MINIMUM_TREATMENTS);
        return "measurement/expected-courses";
    }

    @PostMapping("/herberekenen")
    String relearn(RedirectAttributes redirect) {
        Collection<ExpectedCourse> relearned =
                courses.relearnForCurrentManager(CurrentUser.require()).values();
        redirect.addFlashAttribute(
                "relearnedTreatments",
                relearned.stream().mapToInt(ExpectedCourse::treatments).sum());
        redirect.addFlashAttribute("relearnedOn", LocalDate.now(clock));
        return "redirect:/beheer/verwacht-verloop";
    }

    private List<ExpectedCourseRow> rows(Collection<ExpectedCourse> all) {
        return all.stream()
                .map(course -> ExpectedCourseRow.of(course, clock.getZone()))
                .toList();
    }
}
