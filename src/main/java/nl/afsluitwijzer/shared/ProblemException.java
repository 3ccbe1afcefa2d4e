package nl.afsluitwijzer.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal a person can act on: an HTTP status with a message key (resolved from the message bundles
 * in the user's language) and its arguments. The API renders it as application/problem+json.
 */
public class ProblemException extends ErrorResponseException {

    private final String messageKey;
    private final Object[] arguments;

    public ProblemException(HttpStatus status, String messageKey, @Nullable Object... arguments) {
        super(status, ProblemDetail.forStatus(status), null, messageKey, arguments);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static ProblemException notFound(String messageKey, @Nullable Object... arguments) {
        return new ProblemException(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    public static ProblemException conflict(String messageKey, @Nullable Object... arguments) {
        return new ProblemException(HttpStatus.CONFLICT, messageKey, arguments);
    }

    public static ProblemException badRequest(String messageKey, @Nullable Object... arguments) {
        return new ProblemException(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return messageKey;
    }
}
