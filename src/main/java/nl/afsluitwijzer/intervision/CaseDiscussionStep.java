package nl.afsluitwijzer.intervision;

import java.util.Arrays;
import java.util.Optional;

/** The five steps of "Complexe casuïstiek" with the minutes the source gives them (two hours in all). */
public enum CaseDiscussionStep {
    CASE(25),
    SYSTEMIC_ANALYSIS(20),
    REFLECTION(15),
    ACTION_OPTIONS(25),
    CLOSING(10);

    private final int minutes;

    CaseDiscussionStep(int minutes) {
        this.minutes = minutes;
    }

    public int number() {
        return ordinal() + 1;
    }

    public int minutes() {
        return minutes;
    }

    public static Optional<CaseDiscussionStep> numbered(int number) {
        return Arrays.stream(values()).filter(step -> step.number() == number).findFirst();
    }
}
