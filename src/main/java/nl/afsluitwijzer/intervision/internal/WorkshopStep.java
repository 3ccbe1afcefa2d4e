package nl.afsluitwijzer.intervision.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The four steps of "Dilemma's en kansen" with the minutes the source gives them (one hour in all). */
public enum WorkshopStep {
    RECOGNITION(15),
    REFLECTION(15),
    DEEPENING(20),
    APPLICATION(10);

    private final int minutes;

    WorkshopStep(int minutes) {
        this.minutes = minutes;
    }

    public int number() {
        return ordinal() + 1;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    public static Optional<WorkshopStep> numbered(int number) {
        return Arrays.stream(values()).filter(step -> step.number() == number).findFirst();
    }
}
