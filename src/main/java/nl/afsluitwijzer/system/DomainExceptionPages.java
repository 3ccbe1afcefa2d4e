package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.AbstractHandlerExceptionResolver;

/**
 * A refusal of the domain that a page controller did not turn into a form error shows the error page of its
 * status (404, 400, 409 or 403; {@link DomainExceptionStatus}). The API's refusals are problem+json, written by
 * {@link ApiExceptionHandler} before this resolver is asked.
 */
@Component
class DomainExceptionPages extends AbstractHandlerExceptionResolver {

    @Override
    protected @Nullable ModelAndView doResolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!(ex instanceof DomainException refusal) || response.isCommitted()) {
            return null;
        }
        try {
            response.sendError(DomainExceptionStatus.of(refusal).value());
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }
}
