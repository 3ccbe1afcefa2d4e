package nl.afsluitwijzer.closing.internal;

import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A letter template that cannot be rendered: the message key says why, the detail where (line and parser text). */
public class LetterTemplateException extends DomainException {

    public LetterTemplateException(String messageKey, @Nullable String detail) {
        super(DomainException.Kind.REFUSED, messageKey, detail);
    }
}
