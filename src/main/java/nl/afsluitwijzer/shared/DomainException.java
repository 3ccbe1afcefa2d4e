package nl.afsluitwijzer.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refusal by the domain that a person can act on: what kind of refusal it is, a message key (resolved from the
 * message bundles in the user's language) with its arguments, and optional details such as the field concerned.
 * It knows nothing of HTTP: the edge maps the kind to a status in one place ({@code system.DomainExceptionStatus}:
 * problem+json in the API, the error page or a form error on the web).
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal: the edge turns it into 404, 400, 409 or 403. */
    public enum Kind {
        /** The thing does not exist, or the user may not know it exists. */
        NOT_FOUND,
        /** The input breaks a rule; the message says what to fix. */
        REFUSED,
        /** The input is fine but the state does not allow it (now), or someone else changed it first. */
        CONFLICT,
        /** The user is known but their role does not allow it. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient @Nullable Object[] arguments;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    public DomainException(Kind kind, String messageKey, @Nullable Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static DomainException notFound(String messageKey, @Nullable Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, @Nullable Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, arguments);
    }

    public static DomainException refused(String messageKey, @Nullable Object... arguments) {
        return new DomainException(Kind.REFUSED, messageKey, arguments);
    }

    public static DomainException forbidden(String messageKey, @Nullable Object... arguments) {
        return new DomainException(Kind.FORBIDDEN, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable Object[] arguments() {
        return arguments.clone();
    }

    /** Adds a detail for the API's problem+json (such as {@code field}); returns this exception. */
    public DomainException detail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Map<String, Object> details() {
        return Collections.unmodifiableMap(details);
    }
}
