package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it was (the idle timeout is
 * spring.session.timeout). A signed-in user is sent to the sign-in page with a message.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration timeout;

    AbsoluteSessionTimeout(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !tooOld(session)) {
            chain.doFilter(request, response);
            return;
        }
        boolean signedIn =
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        session.invalidate();
        if (!signedIn) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + "/login?expired";
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }

    private boolean tooOld(HttpSession session) {
        return Instant.ofEpochMilli(session.getCreationTime()).plus(timeout).isBefore(clock.instant());
    }
}
