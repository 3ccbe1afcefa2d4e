package nl.afsluitwijzer.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAdministration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/** What happens around signing in and out: the audit trail, the locked message, the forced password change. */
@Component
class LoginEvents extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutSuccessHandler {

    private static final String USER_OBJECT = "USER";

    private final AuditLog audit;
    private final UserAdministration users;

    LoginEvents(AuditLog audit, UserAdministration users) {
        this.audit = audit;
        this.users = users;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        CurrentUser user = CurrentUser.require();
        audit.record(AuditEvent.of(AuditAction.LOGIN, USER_OBJECT, user.id()));
        if (users.mustChangePassword(user.id())) {
            request.getSession().setAttribute(UserAdministration.MUST_CHANGE_PASSWORD, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, UserAdministration.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        audit.recordAs(username == null ? "" : username, null,
                AuditEvent.of(AuditAction.LOGIN, USER_OBJECT, null).failed());
        String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        if (authentication != null) {
            audit.recordAs(authentication.getName(), null, AuditEvent.of(AuditAction.LOGOUT, USER_OBJECT, null));
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
