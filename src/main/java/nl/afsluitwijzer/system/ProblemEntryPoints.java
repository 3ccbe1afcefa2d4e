package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for the API as application/problem+json. */
class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;

    ProblemEntryPoints(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(response, request, HttpStatus.UNAUTHORIZED, "api.error.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(response, request, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }
}
