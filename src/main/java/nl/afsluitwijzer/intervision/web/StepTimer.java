package nl.afsluitwijzer.intervision.web;

import java.time.Duration;
import java.time.Instant;

/**
 * The timer of the current step as the page shows it: the time left (or over) when the page was made;
 * intervision.js counts on from there every second.
 */
public record StepTimer(int minutes, long remainingSeconds) {

    static StepTimer of(int minutes, Instant stepStartedAt, Instant now) {
        Duration elapsed = Duration.between(stepStartedAt, now);
        return new StepTimer(minutes, Duration.ofMinutes(minutes).minus(elapsed).toSeconds());
    }

    public boolean overtime() {
        return remainingSeconds < 0;
    }

    /** "12:05" left, or "+01:30" over time. */
    public String display() {
        long seconds = Math.abs(remainingSeconds);
        return (overtime() ? "+" : "") + String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
