package nl.afsluitwijzer.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the therapist records in an evaluation; optional values are null. The answers to the support questions are
 * recorded only by an evaluation that acknowledges NOT_ON_TRACK (empty otherwise).
 */
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
        @Nullable Integer reviewAfterSessions,
        List<SupportAnswer> supportAnswers) {

    public NewEvaluation {
        goalScores = goalScores == null ? List.of() : List.copyOf(goalScores);
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        supportAnswers = supportAnswers == null ? List.of() : List.copyOf(supportAnswers);
    }

    /** An evaluation without answers to the support questions. */
    public NewEvaluation(
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
        this(
                date,
                kind,
                allianceRating,
                motivationRating,
                colleaguePresent,
                goalScores,
                clientView,
                note,
                decision,
                newExpectedSessions,
                reasons,
                otherReason,
                plan,
                reviewAfterSessions,
                List.of());
    }
}
