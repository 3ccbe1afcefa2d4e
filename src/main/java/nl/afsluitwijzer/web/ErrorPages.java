package nl.afsluitwijzer.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages in the user's language that say what happened, never a stack trace; under /api the same
 * errors come as application/problem+json.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, Locale locale) {
        HttpStatus status = statusOf(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", "error." + knownOrGeneric(status));
        return "web/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        return problemFor(request, locale);
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request, Locale locale) {
        return problemFor(request, locale);
    }

    private ResponseEntity<ProblemDetail> problemFor(HttpServletRequest request, Locale locale) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("error." + knownOrGeneric(status), null, locale));
        problem.setTitle(status.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String knownOrGeneric(HttpStatus status) {
        return switch (status.value()) {
            case 400, 403, 404, 405, 409, 413, 429, 503 -> String.valueOf(status.value());
            default -> "generic";
        };
    }
}
