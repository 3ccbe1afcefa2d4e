package nl.afsluitwijzer;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the practice's calendar has it. Tests compare with dates the application takes from its clock, which runs
 * in the practice's zone; the JVM's own zone (UTC on most build machines) gives yesterday between midnight and the
 * hour(s) UTC is behind.
 */
public final class PracticeDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private PracticeDay() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
