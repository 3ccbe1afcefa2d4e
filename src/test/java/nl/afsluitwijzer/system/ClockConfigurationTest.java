package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.afsluitwijzer.PracticeDay;
import org.junit.jupiter.api.Test;

class ClockConfigurationTest {

    @Test
    void justAfterMidnightInTheNetherlandsTodayIsTheNewDayAlthoughUtcIsStillOnTheOldOne() {
        Instant lateUtcEvening = Instant.parse("2026-12-04T23:21:00Z");
        assertThat(LocalDate.ofInstant(
                        lateUtcEvening, new ClockConfiguration().clock().getZone()))
                .isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void inSummerTimeTheDayTurnsTwoHoursBeforeUtcDoes() {
        Instant lateUtcEvening = Instant.parse("2026-07-01T22:30:00Z");
        assertThat(LocalDate.ofInstant(
                        lateUtcEvening, new ClockConfiguration().clock().getZone()))
                .isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void testsTakeTodayInTheSameZoneAsTheApplication() {
        assertThat(PracticeDay.ZONE).isEqualTo(new ClockConfiguration().clock().getZone());
    }

    record Received(@PastOrPresent LocalDate on) {}

    @Test
    void beanValidationTakesNowFromThePracticeClockSoTodayIsNotInTheFuture() {
        Clock justAfterMidnight = Clock.fixed(
                Instant.parse("2026-12-04T23:21:00Z"),
                new ClockConfiguration().clock().getZone());
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new ClockConfiguration().practiceClockForValidation(justAfterMidnight).customize(configuration);
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Received(LocalDate.of(2026, 12, 5))))
                    .isEmpty();
            assertThat(validator.validate(new Received(LocalDate.of(2026, 12, 6))))
                    .hasSize(1);
        }
    }
}
