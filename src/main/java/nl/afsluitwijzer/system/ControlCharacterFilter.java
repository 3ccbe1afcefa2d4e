package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where request parameters with control characters (such as U+0000) are stopped, before anything
 * stores or searches with them. The API answers 400 problem+json; the sign-in form fails as a wrong sign-in; a
 * page request (filters, searches) gets the 400 page; a submitted form gets its fields back without the characters,
 * marked so that {@link InvalidCharacterBinding} puts "bevat een ongeldig teken" next to each of those fields.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

    /** The request attribute with the names of the offending form fields. */
    static final String OFFENDING = ControlCharacterFilter.class.getName() + ".offending";

    private final ApiProblems problems;

    ControlCharacterFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> offending = ControlCharacters.offending(request.getParameterMap());
        if (offending.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            problems.write(response, request, HttpStatus.BAD_REQUEST, "api.error.invalid-character");
        } else if (path.equals("/login")) {
            response.sendRedirect(request.getContextPath() + "/login?error");
        } else if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        } else {
            request.setAttribute(OFFENDING, offending);
            chain.doFilter(new Cleaned(request), response);
        }
    }

    /** The form as submitted, minus the control characters. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        Cleaned(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((name, values) -> {
                String[] kept = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    kept[i] = values[i] == null ? null : ControlCharacters.without(values[i]);
                }
                parameters.put(ControlCharacters.without(name), kept);
            });
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
