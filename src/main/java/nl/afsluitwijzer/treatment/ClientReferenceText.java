package nl.afsluitwijzer.treatment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A client reference without invisible characters (see {@link ClientReference}); message key ClientReferenceText. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ClientReferenceText.Check.class)
public @interface ClientReferenceText {

    String message() default "{treatment.client.reference.invisible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null and blank are for @NotBlank to report. */
    class Check implements ConstraintValidator<ClientReferenceText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !ClientReference.hasInvisibleCharacter(value);
        }
    }
}
