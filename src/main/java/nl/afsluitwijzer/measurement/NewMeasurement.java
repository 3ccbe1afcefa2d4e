package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A measurement to record: the item answers (scored by the instrument) or a total entered by hand, never both.
 *
 * @param answers one answer per item in item order (an element may be null for an unanswered item), or null
 * @param total a total scored elsewhere, or null
 * @param goalId the goal rated, required for a per-goal instrument (GBO) and refused for any other
 */
public record NewMeasurement(
        @Nullable String instrument,
        @Nullable LocalDate date,
        @Nullable List<@Nullable Integer> answers,
        @Nullable Integer total,
        @Nullable Long goalId) {

    public NewMeasurement {
        // List.copyOf refuses nulls, and an unanswered item is a null the instrument must get to name
        answers = answers == null ? null : Collections.unmodifiableList(new ArrayList<>(answers));
    }

    /** Answers as the client or therapist gave them; null answers are refused by the check like an empty form. */
    public static NewMeasurement ofAnswers(
            String instrument, LocalDate date, @Nullable List<@Nullable Integer> answers) {
        return new NewMeasurement(instrument, date, answers, null, null);
    }

    public static NewMeasurement ofTotal(String instrument, LocalDate date, int total) {
        return new NewMeasurement(instrument, date, null, total, null);
    }

    /** A per-goal instrument's rating of one goal: the answer to its one item. */
    public static NewMeasurement ofGoal(String instrument, LocalDate date, Long goalId, int rating) {
        return new NewMeasurement(instrument, date, List.of(rating), null, goalId);
    }
}
