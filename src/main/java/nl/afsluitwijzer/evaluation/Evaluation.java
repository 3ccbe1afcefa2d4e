package nl.afsluitwijzer.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.DomainException;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An evaluation with its one decision. It refuses what the sources do not allow: an extension without a
 * reason, OTHER without a text, a breakthrough attempt without a plan and a review point, ratings beyond 0–10.
 */
public class Evaluation {

    @Id
    private @Nullable Long id;

    private Long treatmentId;
    private LocalDate evaluatedOn;
    private EvaluationKind kind;
    private @Nullable Integer allianceRating;
    private @Nullable Integer motivationRating;
    private boolean colleaguePresent;
    private @Nullable String clientView;
    private @Nullable String note;
    private Decision decision;
    private @Nullable Integer previousExpectedSessions;
    private @Nullable Integer newExpectedSessions;
    private @Nullable String otherReason;
    private @Nullable String plan;
    private @Nullable Integer reviewAfterSessions;
    private Long recordedBy;
    private Instant recordedAt;

    @MappedCollection
    private Set<GoalScore> goalScores = new HashSet<>();

    @MappedCollection
    private Set<ExtensionReasonCode> reasons = new HashSet<>();

    @MappedCollection
    private Set<EvaluationSupportQuestion> supportAnswers = new HashSet<>();

    @PersistenceCreator
    protected Evaluation() {}

    Evaluation(
            Long treatmentId,
            NewEvaluation input,
            @Nullable Integer currentExpected,
            Long recordedBy,
            Instant recordedAt) {
        requireRating(input.allianceRating());
        requireRating(input.motivationRating());
        input.goalScores().forEach(score -> requireRating(score.score()));
        this.treatmentId = treatmentId;
        this.evaluatedOn = input.date();
        this.kind = input.kind();
        this.allianceRating = input.allianceRating();
        this.motivationRating = input.motivationRating();
        this.colleaguePresent = input.colleaguePresent();
        this.clientView = StringUtils.stripToNull(input.clientView());
        this.note = StringUtils.stripToNull(input.note());
        this.decision = input.decision();
        this.previousExpectedSessions = currentExpected;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.goalScores.addAll(input.goalScores());
        decideExtension(input, currentExpected);
        decideBreakthrough(input);
        input.supportAnswers().forEach(this::answer);
    }

    /**
     * A stored evaluation from a row of {@code evaluation} (every column) with its goal scores and reasons, as read
     * for many treatments at once by {@link EvaluationReader}; the same values as the aggregate mapping gives.
     */
    static Evaluation read(
            ResultSet row,
            Set<GoalScore> goalScores,
            Set<ExtensionReasonCode> reasons,
            Set<EvaluationSupportQuestion> supportAnswers)
            throws SQLException {
        Evaluation evaluation = new Evaluation();
        evaluation.id = row.getLong("id");
        evaluation.treatmentId = row.getLong("treatment_id");
        evaluation.evaluatedOn = row.getObject("evaluated_on", LocalDate.class);
        evaluation.kind = EvaluationKind.valueOf(row.getString("kind"));
        evaluation.allianceRating = row.getObject("alliance_rating", Integer.class);
        evaluation.motivationRating = row.getObject("motivation_rating", Integer.class);
        evaluation.colleaguePresent = row.getBoolean("colleague_present");
        evaluation.clientView = row.getString("client_view");
        evaluation.note = row.getString("note");
        evaluation.decision = Decision.valueOf(row.getString("decision"));
        evaluation.previousExpectedSessions = row.getObject("previous_expected_sessions", Integer.class);
        evaluation.newExpectedSessions = row.getObject("new_expected_sessions", Integer.class);
        evaluation.otherReason = row.getString("other_reason");
        evaluation.plan = row.getString("plan");
        evaluation.reviewAfterSessions = row.getObject("review_after_sessions", Integer.class);
        evaluation.recordedBy = row.getLong("recorded_by");
        evaluation.recordedAt = row.getTimestamp("recorded_at").toInstant();
        evaluation.goalScores = goalScores;
        evaluation.reasons = reasons;
        evaluation.supportAnswers = supportAnswers;
        return evaluation;
    }

    private void decideExtension(NewEvaluation input, @Nullable Integer currentExpected) {
        Integer requested = input.newExpectedSessions();
        if (requested == null || requested.equals(currentExpected)) {
            return;
        }
        if (requested < 1 || requested > 100) {
            throw DomainException.refused("evaluation.expected.range");
        }
        if (isRaise(requested, currentExpected)) {
            if (Objects.requireNonNull(input.reasons(), "an extension has its reasons")
                    .isEmpty()) {
                throw DomainException.refused("evaluation.extension.reason-required");
            }
            if (input.reasons().contains(ExtensionReason.OTHER)
                    && StringUtils.stripToNull(input.otherReason()) == null) {
                throw DomainException.refused("evaluation.extension.other-text-required");
            }
            input.reasons().forEach(reason -> reasons.add(new ExtensionReasonCode(reason)));
            this.otherReason = StringUtils.stripToNull(input.otherReason());
        }
        this.newExpectedSessions = requested;
    }

    private void decideBreakthrough(NewEvaluation input) {
        if (decision != Decision.BREAKTHROUGH_ATTEMPT) {
            return;
        }
        if (StringUtils.stripToNull(input.plan()) == null) {
            throw DomainException.refused("evaluation.breakthrough.plan-required");
        }
        if (input.reviewAfterSessions() == null
                || input.reviewAfterSessions() < 1
                || input.reviewAfterSessions() > 20) {
            throw DomainException.refused("evaluation.breakthrough.review-required");
        }
        this.plan = Objects.requireNonNull(input.plan(), "checked above").strip();
        this.reviewAfterSessions = input.reviewAfterSessions();
    }

    /** One support question answered once, its note stripped and at most {@value SupportAnswer#NOTE_MAX} long. */
    private void answer(SupportAnswer answer) {
        if (supportAnswers.stream().anyMatch(a -> a.question() == answer.question())) {
            throw DomainException.refused("evaluation.support.twice").detail("field", "supportQuestions");
        }
        String text = StringUtils.stripToNull(answer.note());
        if (text != null && text.length() > SupportAnswer.NOTE_MAX) {
            throw DomainException.refused("evaluation.support.note-too-long", SupportAnswer.NOTE_MAX)
                    .detail("field", "supportQuestions");
        }
        supportAnswers.add(new EvaluationSupportQuestion(answer.question(), answer.concern(), text));
    }

    private static boolean isRaise(int requested, @Nullable Integer current) {
        return current == null || requested > current;
    }

    private static void requireRating(@Nullable Integer rating) {
        if (rating != null && (rating < 0 || rating > 10)) {
            throw DomainException.refused("evaluation.rating.range");
        }
    }

    /** An extension raises E and carries its reasons. */
    public boolean isExtension() {
        return isExtension(newExpectedSessions, previousExpectedSessions);
    }

    /** Whether an evaluation that set E to this number, when it was the previous one, raised it. */
    static boolean isExtension(@Nullable Integer newExpected, @Nullable Integer previousExpected) {
        return newExpected != null && isRaise(newExpected, previousExpected);
    }

    public Set<ExtensionReason> extensionReasons() {
        return reasons.stream().map(ExtensionReasonCode::code).collect(Collectors.toSet());
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public @Nullable Integer getAllianceRating() {
        return allianceRating;
    }

    public @Nullable Integer getMotivationRating() {
        return motivationRating;
    }

    public boolean isColleaguePresent() {
        return colleaguePresent;
    }

    public @Nullable String getClientView() {
        return clientView;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Decision getDecision() {
        return decision;
    }

    public @Nullable Integer getPreviousExpectedSessions() {
        return previousExpectedSessions;
    }

    public @Nullable Integer getNewExpectedSessions() {
        return newExpectedSessions;
    }

    public @Nullable String getOtherReason() {
        return otherReason;
    }

    public @Nullable String getPlan() {
        return plan;
    }

    public @Nullable Integer getReviewAfterSessions() {
        return reviewAfterSessions;
    }

    /** The answers to the support questions (only with an evaluation that acknowledged NOT_ON_TRACK), in order. */
    public List<SupportAnswer> supportAnswers() {
        return supportAnswers.stream()
                .map(EvaluationSupportQuestion::answer)
                .sorted(Comparator.comparing(SupportAnswer::question))
                .toList();
    }

    public Set<GoalScore> getGoalScores() {
        return Set.copyOf(goalScores);
    }
}
