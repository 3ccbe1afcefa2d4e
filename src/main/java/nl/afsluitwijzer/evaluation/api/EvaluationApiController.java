package nl.afsluitwijzer.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.GoalScore;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.SupportAnswer;
import nl.afsluitwijzer.evaluation.SupportQuestion;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/treatments/{id}/evaluations, and reading them back in full with GET (docs/api.md). Besides the contract's fields it
 * takes the optional clientView, otherReason (with reason OTHER), plan and reviewAfterSessions (with
 * BREAKTHROUGH_ATTEMPT), which the evaluation rules require, and supportQuestions (while NOT_ON_TRACK fires).
 */
@RestController
@Tag(name = "Treatments")
class EvaluationApiController {

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    record GoalProgress(
            @NotNull Long goalId, @NotNull @Min(0) @Max(10) Integer score) {}

    @Schema(
            description = "The answer to one clinical support question (after Lambert's OQ-Analyst): looked into, a "
                    + "concern or not, with an optional note. Only in an evaluation that acknowledges NOT_ON_TRACK.")
    record SupportQuestionAnswer(
            @Schema(description = "The question.", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            SupportQuestion question,

            @Schema(
                    description = "true: a concern (zorg); false: no concern (geen zorg).",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull
            Boolean concern,

            @Schema(description = "An optional short note, at most 500 characters.", maxLength = SupportAnswer.NOTE_MAX)
            @Size(max = SupportAnswer.NOTE_MAX)
            @Nullable
            String note) {

        SupportAnswer toAnswer() {
            return new SupportAnswer(question, Objects.requireNonNull(concern, "validated @NotNull"), note);
        }

        static SupportQuestionAnswer of(SupportAnswer answer) {
            return new SupportQuestionAnswer(answer.question(), answer.concern(), answer.note());
        }
    }

    record EvaluationRequest(
            @PlausibleDate(Kind.HAPPENED) @NotNull LocalDate date,
            @NotNull EvaluationKind kind,
            @Min(0) @Max(10) Integer allianceRating,
            @Min(0) @Max(10) Integer motivationRating,
            Boolean colleaguePresent,
            List<@Valid GoalProgress> goalProgress,
            @NotNull Decision decision,
            @Min(1) @Max(100) Integer newExpectedSessions,
            Set<ExtensionReason> reasons,
            @Size(max = 2000) String note,
            @Size(max = 2000) String clientView,
            @Size(max = 1000) String otherReason,
            @Size(max = 2000) String plan,
            @Min(1) @Max(20) Integer reviewAfterSessions,

            @Schema(
                    description = "Optional: the answers to the clinical support questions, each question at "
                            + "most once. Only while the signal NOT_ON_TRACK fires on the evaluation's date, "
                            + "acknowledged by hand or not (the evaluation then acknowledges it); otherwise 409. Questions not looked into "
                            + "are left out.")
            List<@Valid @NotNull SupportQuestionAnswer> supportQuestions) {

        NewEvaluation toEvaluation() {
            List<GoalScore> scores = goalProgress == null
                    ? List.of()
                    : goalProgress.stream()
                            .map(g -> new GoalScore(g.goalId(), g.score()))
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
                    decision,
                    newExpectedSessions,
                    reasons,
                    otherReason,
                    plan,
                    reviewAfterSessions,
                    supportQuestions == null
                            ? List.of()
                            : supportQuestions.stream()
                                    .map(SupportQuestionAnswer::toAnswer)
                                    .toList());
        }
    }

    /**
     * An evaluation in full. The first nine fields are the original v1 answer; the rest were added later
     * (additive, docs/api.md): what was scored and written, so an evaluation can be read back.
     */
    record EvaluationResponse(
            Long id,
            Long treatmentId,
            LocalDate date,
            EvaluationKind kind,
            Decision decision,
            @Nullable Integer previousExpectedSessions,
            @Nullable Integer expectedSessions,
            boolean extension,
            Set<ExtensionReason> reasons,
            @Nullable Integer allianceRating,
            @Nullable Integer motivationRating,
            boolean colleaguePresent,
            List<GoalScoreView> goalProgress,
            @Nullable String clientView,
            @Nullable String note,
            @Nullable String otherReason,
            @Nullable String plan,
            @Nullable Integer reviewAfterSessions,
            List<SupportQuestionAnswer> supportQuestions) {

        static EvaluationResponse of(Evaluation e) {
            Integer expected =
                    e.getNewExpectedSessions() != null ? e.getNewExpectedSessions() : e.getPreviousExpectedSessions();
            return new EvaluationResponse(
                    Objects.requireNonNull(e.getId(), "stored"),
                    e.getTreatmentId(),
                    e.getEvaluatedOn(),
                    e.getKind(),
                    e.getDecision(),
                    e.getPreviousExpectedSessions(),
                    expected,
                    e.isExtension(),
                    e.extensionReasons(),
                    e.getAllianceRating(),
                    e.getMotivationRating(),
                    e.isColleaguePresent(),
                    e.getGoalScores().stream()
                            .sorted(Comparator.comparing(GoalScore::goalId))
                            .map(g -> new GoalScoreView(g.goalId(), g.score()))
                            .toList(),
                    e.getClientView(),
                    e.getNote(),
                    e.getOtherReason(),
                    e.getPlan(),
                    e.getReviewAfterSessions(),
                    e.supportAnswers().stream().map(SupportQuestionAnswer::of).toList());
        }
    }

    record GoalScoreView(Long goalId, int score) {}

    @GetMapping("/api/v1/treatments/{id}/evaluations")
    @Operation(
            summary = "The treatment's evaluations in full, oldest first (with the answers to the support questions)")
    List<EvaluationResponse> list(@PathVariable Long id) {
        return evaluations.of(CurrentUser.require(), id).stream()
                .map(EvaluationResponse::of)
                .toList();
    }

    @GetMapping("/api/v1/treatments/{id}/evaluations/{evaluationId}")
    @Operation(summary = "One evaluation in full")
    EvaluationResponse one(@PathVariable Long id, @PathVariable Long evaluationId) {
        return evaluations.of(CurrentUser.require(), id).stream()
                .filter(e -> evaluationId.equals(e.getId()))
                .findFirst()
                .map(EvaluationResponse::of)
                .orElseThrow(() -> DomainException.notFound("evaluation.not-found"));
    }

    @PostMapping("/api/v1/treatments/{id}/evaluations")
    @Operation(
            summary = "Record an evaluation with its one decision; it acknowledges the signals it answers",
            description =
                    "Optional supportQuestions: the answers to the clinical support questions (WORKING_RELATIONSHIP, "
                            + "MOTIVATION, SOCIAL_SUPPORT, LIFE_EVENTS, RECONSIDER_DIAGNOSIS, RECONSIDER_TREATMENT_FORM, "
                            + "CONSIDER_REFERRAL), accepted only while NOT_ON_TRACK fires on the evaluation's date, acknowledged or "
                            + "not (409 otherwise). Bad values give 400 application/problem+json naming the field, such as "
                            + "supportQuestions[0].question; a question given twice gives 400.")
    ResponseEntity<EvaluationResponse> record(@PathVariable Long id, @Valid @RequestBody EvaluationRequest request) {
        Evaluation evaluation = evaluations.record(CurrentUser.require(), id, request.toEvaluation());
        return ResponseEntity.created(URI.create("/api/v1/treatments/" + id + "/evaluations/" + evaluation.getId()))
                .body(EvaluationResponse.of(evaluation));
    }
}
