package nl.afsluitwijzer.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A date a person could have meant, so that a slip of the keyboard (1899, 2999, 20260) is a clear form error
 * instead of a stored date. Every date input uses it. The rule, per kind:
 * <ul>
 * <li>{@link Kind#HAPPENED} (a start, a session held, a measurement, an evaluation, a referral, a closing, a request
 * received): from 1 January 1900 up to and including today;</li>
 * <li>{@link Kind#PLANNED} (a planned session, a goal, a policy's effective date, the bounds of a filter or report
 * period): from 1 January 1900 up to two years after today.</li>
 * </ul>
 * Finer rules (not before the treatment began) stay with the aggregate that owns them. Null is for @NotNull.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Check.class)
public @interface PlausibleDate {

    /** The earliest date anyone enters: the oldest client alive was born after it. */
    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** How far ahead anything is planned. */
    int YEARS_AHEAD = 2;

    Kind value() default Kind.PLANNED;

    String message() default "{date.plausible.planned}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether the date is of something that already happened or of something that may still be planned. */
    enum Kind {
        HAPPENED,
        PLANNED;

        public LocalDate latest(LocalDate today) {
            return this == HAPPENED ? today : today.plusYears(YEARS_AHEAD);
        }

        public boolean allows(LocalDate date, LocalDate today) {
            return !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
        }
    }

    /** The check, on the application's clock (the system clock where there is none, as in slice tests). */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        private final Clock clock;
        private Kind kind = Kind.PLANNED;

        /** Outside Spring (a plain validator). */
        public Check() {
            this.clock = Clock.systemUTC();
        }

        @Autowired
        Check(ObjectProvider<Clock> clock) {
            this.clock = clock.getIfAvailable(Clock::systemUTC);
        }

        @Override
        public void initialize(PlausibleDate annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null || kind.allows(date, LocalDate.now(clock))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "{date.plausible." + kind.name().toLowerCase() + "}")
                    .addConstraintViolation();
            return false;
        }
    }
}
