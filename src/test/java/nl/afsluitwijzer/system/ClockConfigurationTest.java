package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

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
}
