package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import nl.afsluitwijzer.shared.SpokenLanguages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes application/problem+json (RFC 9457) with a message from the bundles, also from security
 * filters that run before any controller.
 */
@Component
class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, HttpServletRequest request, String key, Object... args) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, localeOf(request)));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    public void write(
            HttpServletResponse response, HttpServletRequest request, HttpStatus status, String key, Object... args)
            throws IOException {
        ProblemDetail problem = problem(status, request, key, args);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** Dutch unless the client asks for English with Accept-Language ({@link SpokenLanguages}). */
    static Locale localeOf(HttpServletRequest request) {
        return SpokenLanguages.ofAcceptLanguage(request);
    }
}
