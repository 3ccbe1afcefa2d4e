package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Outside the session and security filters, so it also catches a database that fails while the session
 * or the signed-in user is loaded: a full disk or an unreachable database becomes 503 with Retry-After,
 * problem+json under /api and a plain error page elsewhere that needs neither session nor database.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ApiProblems problems;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final OutageMonitor monitor;

    DatabaseOutageFilter(
            ApiProblems problems, ITemplateEngine templates, LocaleResolver locales, OutageMonitor monitor) {
        this.problems = problems;
        this.templates = templates;
        this.locales = locales;
        this.monitor = monitor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<DatabaseOutage> outage = DatabaseOutage.of(e);
            if (outage.isEmpty() || response.isCommitted()) {
                throw e;
            }
            LOG.warn("{} {}: {} ({})", request.getMethod(), request.getRequestURI(), outage.get(), rootMessage(e));
            monitor.seen(outage.get());
            respond(request, response, outage.get());
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, DatabaseOutage outage)
            throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(response, request, HttpStatus.SERVICE_UNAVAILABLE, outage.messageKey());
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locales.resolveLocale(request));
        context.setVariable("messageKey", outage.messageKey());
        templates.process("error/unavailable", context, response.getWriter());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
