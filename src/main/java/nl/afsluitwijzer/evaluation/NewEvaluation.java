package nl.afsluitwijzer.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the therapist records in an evaluation; optional values are null. */
public record NewEvaluation(
        LocalDate date,
        EvaluationKind kind,
        @Nullable Integer allianceRating,
        @Nullable Integer motivationRating,
        boolean colleaguePresent,
        List<GoalScore> goalScores,
        @Nullable String clientView,
        @Nullable String note,
        Decision decision,
        @Nullable Integer newExpectedSessions,
        @Nullable Set<ExtensionReason> reasons,
        @Nullable String otherReason,
        @Nullable String plan,
        @Nullable Integer reviewAfterSessions) {

    public NewEvaluation {
        goalScores = goalScores == null ? List.of() : List.copyOf(goalScores);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }
}
