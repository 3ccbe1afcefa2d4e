package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every validated form whose fields arrived with control characters (see {@link ControlCharacterFilter}) gets the
 * error "bevat een ongeldig teken" next to those fields, so the person sees the form again with their text.
 */
@ControllerAdvice
class InvalidCharacterBinding {

    static final String ERROR_CODE = "InvalidCharacter";

    @InitBinder
    void markOffendingFields(WebDataBinder binder, HttpServletRequest request) {
        // records are bound through their constructor, so there is no target yet: the check runs once there is
        if (request.getAttribute(ControlCharacterFilter.OFFENDING) instanceof List<?> names) {
            binder.addValidators(new Marker(names));
        }
    }

    private record Marker(List<?> names) implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            for (Object name : names) {
                try {
                    errors.rejectValue(String.valueOf(name), ERROR_CODE);
                } catch (NotReadablePropertyException | IllegalArgumentException notAField) {
                    errors.reject(ERROR_CODE);
                }
            }
        }
    }
}
