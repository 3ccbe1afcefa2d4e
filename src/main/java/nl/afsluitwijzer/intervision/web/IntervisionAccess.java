package nl.afsluitwijzer.intervision.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import org.springframework.web.servlet.HandlerInterceptor;

/** Intervision is for therapists and managers; administrators (no clinical content) get 403. */
class IntervisionAccess implements HandlerInterceptor {

    private final AuditLog audit;

    IntervisionAccess(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        boolean clinician = CurrentUser.current()
                .map(user -> user.role() == Role.THERAPIST || user.role() == Role.MANAGER)
                .orElse(false);
        if (!clinician) {
            audit.record(AuditEvent.of(AuditAction.ACCESS_DENIED, "INTERVISION", null)
                    .failed());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return clinician;
    }
}
