package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.UserAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The steps that sign-in can still demand after the password and code: until an initial password is
 * changed, every page leads to the password page; then, until a user who must have a second factor has
 * enrolled, every page leads to the enrolment page.
 */
class SignInStepsFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String step = pendingStep(request.getSession(false));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (step != null && !path.equals(step) && !path.equals("/logout") && !isStatic(path)) {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + step);
                return;
            }
            response.sendRedirect(request.getContextPath() + step);
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String pendingStep(@Nullable HttpSession session) {
        if (session == null) {
            return null;
        }
        if (session.getAttribute(UserAdministration.MUST_CHANGE_PASSWORD) != null) {
            return UserAdministration.PASSWORD_PAGE;
        }
        if (session.getAttribute(SecondFactorPolicy.MUST_ENROL) != null) {
            return SecondFactorPolicy.ENROLMENT_PAGE;
        }
        return null;
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.startsWith("/img/")
                || path.equals("/error");
    }
}
