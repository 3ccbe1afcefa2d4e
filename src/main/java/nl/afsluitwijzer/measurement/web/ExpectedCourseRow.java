package nl.afsluitwijzer.measurement.web;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import org.jspecify.annotations.Nullable;

/**
 * One instrument on the manager's page of expected courses: learned or the default curve, when it was computed,
 * from how many closed treatments, and why the default is used (a message key with its arguments).
 */
public record ExpectedCourseRow(
        String code,
        ExpectedCourse course,
        boolean learned,
        @Nullable LocalDate computedOn,
        int treatments,
        String reasonKey,
        Object[] reasonArguments) {

    static ExpectedCourseRow of(ExpectedCourse course, ZoneId zone) {
        LocalDate computedOn = course.computedAt() == null ? null : LocalDate.ofInstant(course.computedAt(), zone);
        return new ExpectedCourseRow(
                course.instrument().code(),
                course,
                course.learned(),
                computedOn,
                course.treatments(),
                reasonKey(course),
                new Object[] {course.treatments(), ExpectedCourse.MINIMUM_TREATMENTS});
    }

    private static String reasonKey(ExpectedCourse course) {
        if (course.learned()) {
            return "measurement.expected.reason.learned";
        }
        if (course.computedAt() == null) {
            return "measurement.expected.reason.never";
        }
        return course.treatments() < ExpectedCourse.MINIMUM_TREATMENTS
                ? "measurement.expected.reason.too-few"
                : "measurement.expected.reason.no-fit";
    }
}
