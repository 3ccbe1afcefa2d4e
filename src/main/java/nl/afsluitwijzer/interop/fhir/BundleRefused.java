package nl.afsluitwijzer.interop.fhir;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A FHIR import refused whole: the status (400 for a body that is no transaction Bundle, 422 for a Bundle that
 * names something wrong), the FHIRPath expression of the entry and field (such as
 * {@code Bundle.entry[3].resource.valueQuantity}), and the message key with its arguments. The answer is an
 * OperationOutcome; the transaction rolls back, so nothing of the bundle is stored.
 */
final class BundleRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String expression;
    private final String messageKey;
    private final transient Object[] arguments;

    BundleRefused(HttpStatus status, String expression, String messageKey, Object... arguments) {
        super(expression + ": " + messageKey, null, false, false);
        this.status = status;
        this.expression = expression;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A refusal of what the bundle says (422). */
    static BundleRefused at(String expression, String messageKey, @Nullable Object... arguments) {
        return new BundleRefused(HttpStatus.UNPROCESSABLE_CONTENT, expression, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String expression() {
        return expression;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
