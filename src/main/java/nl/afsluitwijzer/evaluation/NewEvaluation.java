package nl.afsluitwijzer.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the therapist records in an evaluation; optional values are null. */
public record NewEvaluation(LocalDate date, EvaluationKind kind, Integer allianceRating, Integer motivationRating,
        boolean colleaguePresent, List<GoalScore> goalScores, String clientView, String note, Decision decision,
        Integer newExpectedSessions, Set<ExtensionReason> reasons, String otherReason, String plan,
        Integer reviewAfterSessions) {

    public NewEvaluation {
        goalScores = goalScores == null ? List.of() : List.copyOf(goalScores);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
    }
}
