package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every error of the REST API into application/problem+json with a message a person can act on. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiProblems problems;
    private final OutageMonitor outages;

    ApiExceptionHandler(ApiProblems problems, MessageSource messageSource, OutageMonitor outages) {
        this.problems = problems;
        this.outages = outages;
        setMessageSource(messageSource);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        ProblemDetail problem;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = problems.problem(
                    HttpStatus.BAD_REQUEST, http, "api.error.unknown-field", unknown.getPropertyName());
        } else if (ex.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            problem = problems.problem(
                    HttpStatus.BAD_REQUEST, http, "api.error.invalid-character-in", fieldPath(invalid));
        } else if (ex.getCause() instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()
                && !invalid.getPath().isEmpty()) {
            problem = problems.problem(
                    HttpStatus.BAD_REQUEST,
                    http,
                    "api.error.bad-choice",
                    fieldPath(invalid),
                    invalid.getValue(),
                    choicesOf(invalid.getTargetType()));
        } else if (ex.getCause() instanceof DatabindException bind
                && !bind.getPath().isEmpty()) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, http, "api.error.bad-value", fieldPath(bind));
        } else {
            problem = problems.problem(HttpStatus.BAD_REQUEST, http, "api.error.bad-json");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field",
                        error.getField(),
                        "message",
                        Objects.requireNonNull(getMessageSource(), "set by Spring (MessageSourceAware)")
                                .getMessage(error, ApiProblems.localeOf(http))))
                .toList();
        String fields = String.join(
                ", ",
                errors.stream()
                        .map(e -> e.get("field") + ": " + e.get("message"))
                        .toList());
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, http, "api.error.invalid-fields", fields);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A refusal of the domain: its status, its message in the caller's language and its details (such as field). */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal, HttpServletRequest request) {
        HttpStatus status = DomainExceptionStatus.of(refusal);
        ProblemDetail problem = problems.problem(status, request, refusal.messageKey(), refusal.arguments());
        refusal.details().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return ResponseEntity.badRequest()
                .body(problems.problem(HttpStatus.BAD_REQUEST, request, "api.error.bad-parameter", ex.getName()));
    }

    /** A second "first save" that the unique key refused is the same conflict as a stale version. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> staleVersion(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.problem(HttpStatus.CONFLICT, request, "api.error.stale-version"));
    }

    /**
     * A full disk or an unreachable database, also a commit whose outcome is unknown because the connection
     * was lost: 503 with Retry-After, so the client repeats the request (with the same Idempotency-Key).
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseOutage(RuntimeException ex, HttpServletRequest request) {
        DatabaseOutage outage = DatabaseOutage.of(ex).orElseThrow(() -> ex);
        outages.seen(outage);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, request, outage.messageKey()));
    }

    private static String choicesOf(Class<?> enumType) {
        return String.join(
                ", ",
                Arrays.stream(enumType.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .toList());
    }

    private static String fieldPath(DatabindException ex) {
        StringBuilder path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
