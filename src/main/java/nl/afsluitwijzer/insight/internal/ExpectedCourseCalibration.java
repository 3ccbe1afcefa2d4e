package nl.afsluitwijzer.insight.internal;

import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.measurement.CourseCalibration;
import nl.afsluitwijzer.measurement.CourseCalibrations;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's check of the expected course (docs/expected-course.md, Calibration): how often the band held on the
 * practice's own closed treatments, and what followed a NOT_ON_TRACK; logged as a view of the figures.
 */
@Service
@Transactional
public class ExpectedCourseCalibration {

    private final CourseCalibrations calibrations;
    private final AuditLog audit;

    ExpectedCourseCalibration(CourseCalibrations calibrations, AuditLog audit) {
        this.calibrations = calibrations;
        this.audit = audit;
    }

    /** The calibration per instrument of the manager's practice. */
    public List<CourseCalibration> of(CurrentUser user) {
        if (!user.isManager()) {
            throw new AccessDeniedException("the calibration is for the manager");
        }
        List<CourseCalibration> result = calibrations.of(user.practiceId());
        audit.record(AuditEvent.of(AuditAction.VIEW, Insights.OBJECT, "calibration"));
        return result;
    }
}
