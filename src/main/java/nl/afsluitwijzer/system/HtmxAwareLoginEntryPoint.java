package nl.afsluitwijzer.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends people to a sign-in page (the password form, or the code page when the second factor is
 * missing); for an htmx request (a partial page) it tells htmx to load that whole page instead of
 * swapping it into a fragment.
 */
class HtmxAwareLoginEntryPoint implements AuthenticationEntryPoint {

    private final String url;
    private final LoginUrlAuthenticationEntryPoint page;

    HtmxAwareLoginEntryPoint(String url) {
        this.url = url;
        this.page = new LoginUrlAuthenticationEntryPoint(url);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + url);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        page.commence(request, response, exception);
    }
}
