package nl.afsluitwijzer.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application; rules and services get the time from it, never from a global. It runs in the
 * practice's time zone, so that "today" ({@code LocalDate.now(clock)}) is the date on the practice's wall calendar,
 * also between midnight and the hour(s) that UTC is behind: a session entered at 00:30 is today's, not yesterday's.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The time zone of the practices this application serves; dates shown and dates compared use it. */
    static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(PRACTICE_ZONE);
    }

    /**
     * Bean Validation's temporal checks ({@code @PastOrPresent} and friends) read "now" from the same clock. Without
     * this they used the server's zone: on a server in UTC, between midnight and 01:00 (02:00 in summer) the
     * practice's today was "in the future" and a form with today's date was refused.
     */
    @Bean
    ValidationConfigurationCustomizer practiceClockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
