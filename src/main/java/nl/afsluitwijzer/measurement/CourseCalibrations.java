package nl.afsluitwijzer.measurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leave-one-out calibration of the practice's expected courses (docs/expected-course.md, Calibration), read from
 * the same projection of closed treatments the courses are learned from. Checks no access and logs nothing: it
 * returns counts only, and the caller (the manager's insight page) checks the role and logs the view.
 */
@Service
@Transactional(readOnly = true)
public class CourseCalibrations {

    private final ExpectedCourseRepository repository;
    private final ExpectedCourses courses;
    private final InstrumentCatalog instruments;

    CourseCalibrations(ExpectedCourseRepository repository, ExpectedCourses courses, InstrumentCatalog instruments) {
        this.repository = repository;
        this.courses = courses;
        this.instruments = instruments;
    }

    /**
     * Per instrument that has a learned course or closed treatments to learn from, in catalogue order: the
     * calibration of the course in use, or why there is none (the default curve is in use, or too few treatments).
     */
    public List<CourseCalibration> of(Long practiceId) {
        Map<String, CourseCalibrator> calibrators = new LinkedHashMap<>();
        repository.points(
                practiceId,
                (instrument, treatment, baseline, session, score) -> instruments
                        .find(instrument)
                        .filter(found -> !found.perGoal())
                        .ifPresent(found -> calibrators
                                .computeIfAbsent(instrument, code -> new CourseCalibrator(found))
                                .add(treatment, baseline, session, score)));
        List<CourseCalibration> result = new ArrayList<>();
        courses.of(practiceId).forEach((code, course) -> {
            CourseCalibrator calibrator = calibrators.get(code);
            int treatments = calibrator == null ? 0 : calibrator.treatments();
            if (!course.learned()) {
                if (treatments > 0) {
                    result.add(
                            CourseCalibration.notCalibrated(code, CourseCalibration.Status.DEFAULT_COURSE, treatments));
                }
            } else if (calibrator == null || treatments < ExpectedCourse.MINIMUM_TREATMENTS) {
                result.add(
                        CourseCalibration.notCalibrated(code, CourseCalibration.Status.TOO_FEW_TREATMENTS, treatments));
            } else {
                result.add(calibrator.calibrate());
            }
        });
        return result;
    }
}
