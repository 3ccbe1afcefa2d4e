package nl.afsluitwijzer.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.SignedInUser;
import nl.afsluitwijzer.practice.UserAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens around signing in and out: the audit trail of successes (failures: FailedSignIns), the locked message, the code step for users
 * with a second factor, and then the steps sign-in may still demand (a new password, enrolling 2FA).
 */
@Component
class LoginEvents extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutSuccessHandler {

    private static final String USER_OBJECT = "USER";
    private static final String SECOND_FACTOR = "SECOND_FACTOR";

    private final AuditLog audit;
    private final UserAdministration users;
    private final SecondFactorPolicy secondFactorPolicy;

    LoginEvents(AuditLog audit, UserAdministration users, SecondFactorPolicy secondFactorPolicy) {
        this.audit = audit;
        this.users = users;
        this.secondFactorPolicy = secondFactorPolicy;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        CurrentUser user = CurrentUser.require();
        if (SecondFactorAuthentication.pending(authentication)) {
            audit.record(AuditEvent.of(AuditAction.LOGIN, "PASSWORD", user.id()));
            getRedirectStrategy().sendRedirect(request, response, SecurityConfiguration.CODE_PAGE);
            return;
        }
        audit.record(AuditEvent.of(AuditAction.LOGIN, USER_OBJECT, user.id()));
        signInCompleted(request, response, authentication);
    }

    void secondFactorAccepted(HttpServletRequest request, HttpServletResponse response, SecondFactors.Outcome outcome)
            throws IOException, ServletException {
        CurrentUser user = CurrentUser.require();
        String how = outcome == SecondFactors.Outcome.RECOVERY_CODE ? "RECOVERY_CODE" : SECOND_FACTOR;
        audit.record(AuditEvent.of(AuditAction.LOGIN, how, user.id()));
        signInCompleted(
                request,
                response,
                Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication(), "signed in"));
    }

    /** A wrong code: try again; or the second factor is locked, which the code page says until when. */
    void secondFactorRefused(HttpServletRequest request, HttpServletResponse response, boolean locked)
            throws IOException {
        String query = locked ? "?locked" : "?error";
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.CODE_PAGE + query);
    }

    private void signInCompleted(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        CurrentUser user = CurrentUser.require();
        if (users.mustChangePassword(user.id())) {
            request.getSession().setAttribute(UserAdministration.MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        boolean enrolled =
                authentication.getPrincipal() instanceof SignedInUser signedIn && signedIn.secondFactorEnrolled();
        if (!enrolled && secondFactorPolicy.requiredFor(user)) {
            request.getSession().setAttribute(SecondFactorPolicy.MUST_ENROL, Boolean.TRUE);
        }
        if (request.getSession().getAttribute(UserAdministration.MUST_CHANGE_PASSWORD) != null) {
            getRedirectStrategy().sendRedirect(request, response, UserAdministration.PASSWORD_PAGE);
        } else if (request.getSession().getAttribute(SecondFactorPolicy.MUST_ENROL) != null) {
            getRedirectStrategy().sendRedirect(request, response, SecondFactorPolicy.ENROLMENT_PAGE);
        } else {
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // the audit row is written by the sign-in itself, the same for the web form and HTTP Basic
        String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    @Override
    public void onLogoutSuccess(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication)
            throws IOException {
        if (authentication != null) {
            audit.recordAs(authentication.getName(), null, AuditEvent.of(AuditAction.LOGOUT, USER_OBJECT, null));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
