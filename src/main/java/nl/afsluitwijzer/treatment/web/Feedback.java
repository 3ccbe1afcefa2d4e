package nl.afsluitwijzer.treatment.web;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turns a refusal into a message shown at the top of the next page, in the user's language. */
@Component
class Feedback {

    static final String ERROR = "errorText";

    private final MessageSource messages;

    Feedback(MessageSource messages) {
        this.messages = messages;
    }

    void refused(RedirectAttributes redirect, RuntimeException refusal, Locale locale) {
        redirect.addFlashAttribute(ERROR, text(refusal, locale));
    }

    /** One sentence naming each field that is wrong, for the small forms on the treatment page. */
    String invalid(BindingResult errors, Locale locale) {
        String fields = errors.getFieldErrors().stream()
                .map(error -> messages.getMessage("field." + error.getField(), null, error.getField(), locale) + ": "
                        + messages.getMessage(error, locale))
                .collect(Collectors.joining("; "));
        return messages.getMessage("form.invalid-fields", new Object[] {fields}, locale);
    }

    String text(RuntimeException refusal, Locale locale) {
        if (refusal instanceof DomainException problem) {
            return messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        }
        if (refusal instanceof OptimisticLockingFailureException) {
            return messages.getMessage("error.409", null, locale);
        }
        throw refusal;
    }
}
