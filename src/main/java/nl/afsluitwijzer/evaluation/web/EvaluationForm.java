package nl.afsluitwijzer.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.GoalScore;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.SupportAnswer;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The evaluation form; goal scores arrive as separate parameters goalScore-<goal id>, the support questions as
 * support-<question> and supportNote-<question> (EvaluationController).
 */
record EvaluationForm(
        @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull EvaluationKind kind,
        @Min(0) @Max(10) @Nullable Integer allianceRating,
        @Min(0) @Max(10) @Nullable Integer motivationRating,
        Boolean colleaguePresent,
        @Size(max = 2000) String clientView,
        @Size(max = 2000) String note,
        @NotNull @Nullable Decision decision,
        @Min(1) @Max(100) @Nullable Integer newExpectedSessions,
        List<ExtensionReason> reasons,
        @Size(max = 1000) String otherReason,
        @Size(max = 2000) String plan,
        @Min(1) @Max(20) @Nullable Integer reviewAfterSessions) {

    static EvaluationForm start(LocalDate today, EvaluationKind kind) {
        return new EvaluationForm(today, kind, null, null, false, "", "", null, null, List.of(), "", "", null);
    }

    NewEvaluation toEvaluation(Map<Long, Integer> goalScores, List<SupportAnswer> supportAnswers) {
        List<GoalScore> scores = goalScores.entrySet().stream()
                .map(e -> new GoalScore(e.getKey(), e.getValue()))
                .toList();
        return new NewEvaluation(
                date,
                kind,
                allianceRating,
                motivationRating,
                Boolean.TRUE.equals(colleaguePresent),
                scores,
                clientView,
                note,
                Objects.requireNonNull(decision, "validated @NotNull"),
                newExpectedSessions,
                reasons == null ? null : new HashSet<>(reasons),
                otherReason,
                plan,
                reviewAfterSessions,
                supportAnswers);
    }

    /** Which field a refusal of the evaluation belongs to, so the message appears next to it. */
    static String fieldOf(String messageKey) {
        if (messageKey.contains("extension")) {
            return messageKey.contains("other") ? "otherReason" : "reasons";
        }
        if (messageKey.contains("breakthrough")) {
            return messageKey.contains("plan") ? "plan" : "reviewAfterSessions";
        }
        if (messageKey.contains("expected")) {
            return "newExpectedSessions";
        }
        return messageKey.contains("date") ? "date" : "decision";
    }
}
