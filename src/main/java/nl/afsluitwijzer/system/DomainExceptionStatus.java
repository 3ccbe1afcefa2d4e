package nl.afsluitwijzer.system;

import nl.afsluitwijzer.shared.DomainException;
import org.springframework.http.HttpStatus;

/** The one place where a refusal of the domain becomes an HTTP status, for the API and for the pages alike. */
final class DomainExceptionStatus {

    private DomainExceptionStatus() {}

    static HttpStatus of(DomainException refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case REFUSED -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
