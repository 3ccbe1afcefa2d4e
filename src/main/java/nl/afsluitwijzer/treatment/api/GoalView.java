package nl.afsluitwijzer.treatment.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import org.jspecify.annotations.Nullable;

/** A goal as the API returns it. */
public record GoalView(
        Long id, String description, @Nullable String criterion, LocalDate addedOn, GoalStatus status) {

    public static GoalView of(Goal goal) {
        return new GoalView(
                Objects.requireNonNull(goal.getId(), "stored"),
                goal.getDescription(),
                goal.getCriterion(),
                goal.getAddedOn(),
                goal.getStatus());
    }
}
