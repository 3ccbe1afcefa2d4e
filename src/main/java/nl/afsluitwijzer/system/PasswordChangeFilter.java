package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.afsluitwijzer.practice.UserAdministration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until an initial password is changed, every page leads to the password page. */
class PasswordChangeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = session != null && session.getAttribute(UserAdministration.MUST_CHANGE_PASSWORD) != null;
        if (mustChange && !path.equals(UserAdministration.PASSWORD_PAGE) && !path.equals("/logout") && !isStatic(path)) {
            response.sendRedirect(request.getContextPath() + UserAdministration.PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/img/");
    }
}
