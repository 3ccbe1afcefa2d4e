package nl.afsluitwijzer.closing.web;

import java.util.Locale;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** A refusal as a sentence in the user's language; a missing treatment (404) is not a refusal and goes on up. */
@Component
class Refusals {

    /** The flash attribute the treatment page shows at the top. */
    static final String ERROR = "errorText";

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String text(RuntimeException refusal, Locale locale) {
        if (refusal instanceof DomainException problem && problem.kind() != DomainException.Kind.NOT_FOUND) {
            return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        }
        if (refusal instanceof OptimisticLockingFailureException) {
            return messages.getMessage("closing.conflict", null, locale);
        }
        throw refusal;
    }

    String text(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, locale);
    }
}
