package nl.afsluitwijzer.closing;

import nl.afsluitwijzer.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A letter template that cannot be rendered: the message key says why, the detail where (line and parser text). */
public class LetterTemplateException extends ProblemException {

    public LetterTemplateException(String messageKey, @Nullable String detail) {
        super(HttpStatus.BAD_REQUEST, messageKey, detail);
    }
}
