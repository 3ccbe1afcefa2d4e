package nl.afsluitwijzer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void raisingTheExpectedSessionsWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> evaluate(Decision.CONTINUE, 16, Set.of(), null, null, null))
                .hasMessage("evaluation.extension.reason-required");
    }

    @Test
    void anExtensionKeepsItsReasonsAndLevels() {
        Evaluation e = evaluate(
                Decision.CONTINUE, 16, Set.of(ExtensionReason.NEW_GOALS, ExtensionReason.LOYALTY), null, null, null);
        assertThat(e.isExtension()).isTrue();
        assertThat(e.extensionReasons()).containsExactlyInAnyOrder(ExtensionReason.NEW_GOALS, ExtensionReason.LOYALTY);
        assertThat(e.getPreviousExpectedSessions()).isEqualTo(12);
        assertThat(ExtensionReason.LOYALTY.level()).isEqualTo(ReasonLevel.THERAPIST);
    }

    @Test
    void anOtherReasonNeedsAText() {
        assertThatThrownBy(() -> evaluate(Decision.CONTINUE, 14, Set.of(ExtensionReason.OTHER), " ", null, null))
                .hasMessage("evaluation.extension.other-text-required");
        assertThat(evaluate(Decision.CONTINUE, 14, Set.of(ExtensionReason.OTHER), "verhuizing", null, null)
                        .getOtherReason())
                .isEqualTo("verhuizing");
    }

    @Test
    void loweringOrKeepingTheExpectedSessionsIsNoExtensionAndNeedsNoReason() {
        assertThat(evaluate(Decision.CONTINUE, 10, Set.of(), null, null, null).isExtension())
                .isFalse();
        assertThat(evaluate(Decision.CONTINUE, 12, Set.of(), null, null, null).getNewExpectedSessions())
                .isNull();
    }

    @Test
    void aBreakthroughAttemptNeedsAPlanAndAReviewPoint() {
        assertThatThrownBy(() -> evaluate(Decision.BREAKTHROUGH_ATTEMPT, null, Set.of(), null, null, 3))
                .hasMessage("evaluation.breakthrough.plan-required");
        assertThatThrownBy(() -> evaluate(Decision.BREAKTHROUGH_ATTEMPT, null, Set.of(), null, "exposure", null))
                .hasMessage("evaluation.breakthrough.review-required");
        assertThatThrownBy(() -> evaluate(Decision.BREAKTHROUGH_ATTEMPT, null, Set.of(), null, "exposure", 0))
                .hasMessage("evaluation.breakthrough.review-required");
        assertThat(evaluate(Decision.BREAKTHROUGH_ATTEMPT, null, Set.of(), null, "exposure", 3)
                        .getReviewAfterSessions())
                .isEqualTo(3);
    }

    @Test
    void ratingsAndGoalScoresLieBetweenZeroAndTen() {
        NewEvaluation rating11 = new NewEvaluation(
                DAY,
                EvaluationKind.MID,
                11,
                null,
                false,
                List.of(),
                null,
                null,
                Decision.CONTINUE,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> new Evaluation(1L, rating11, 12, 1L, Instant.EPOCH))
                .hasMessage("evaluation.rating.range");
        NewEvaluation goalMinus = new NewEvaluation(
                DAY,
                EvaluationKind.MID,
                0,
                10,
                false,
                List.of(new GoalScore(1L, -1)),
                null,
                null,
                Decision.CONTINUE,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> new Evaluation(1L, goalMinus, 12, 1L, Instant.EPOCH))
                .hasMessage("evaluation.rating.range");
    }

    @Test
    void eachSupportQuestionIsAnsweredOnceWithAShortStrippedNote() {
        Evaluation e = new Evaluation(
                1L,
                withAnswers(List.of(
                        new SupportAnswer(SupportQuestion.CONSIDER_REFERRAL, false, "  "),
                        new SupportAnswer(SupportQuestion.WORKING_RELATIONSHIP, true, " voelt zich niet gehoord "))),
                12,
                1L,
                Instant.EPOCH);
        assertThat(e.supportAnswers())
                .containsExactly(
                        new SupportAnswer(SupportQuestion.WORKING_RELATIONSHIP, true, "voelt zich niet gehoord"),
                        new SupportAnswer(SupportQuestion.CONSIDER_REFERRAL, false, null));
        assertThatThrownBy(() -> new Evaluation(
                        1L,
                        withAnswers(List.of(
                                new SupportAnswer(SupportQuestion.MOTIVATION, true, null),
                                new SupportAnswer(SupportQuestion.MOTIVATION, false, null))),
                        12,
                        1L,
                        Instant.EPOCH))
                .hasMessage("evaluation.support.twice");
        assertThatThrownBy(() -> new Evaluation(
                        1L,
                        withAnswers(List.of(new SupportAnswer(SupportQuestion.LIFE_EVENTS, true, "x".repeat(501)))),
                        12,
                        1L,
                        Instant.EPOCH))
                .hasMessage("evaluation.support.note-too-long");
        assertThat(new Evaluation(
                                1L,
                                withAnswers(
                                        List.of(new SupportAnswer(SupportQuestion.LIFE_EVENTS, true, "x".repeat(500)))),
                                12,
                                1L,
                                Instant.EPOCH)
                        .supportAnswers())
                .hasSize(1);
    }

    private static NewEvaluation withAnswers(List<SupportAnswer> answers) {
        return new NewEvaluation(
                DAY,
                EvaluationKind.INTERIM,
                null,
                null,
                false,
                List.of(),
                null,
                null,
                Decision.CONTINUE,
                null,
                null,
                null,
                null,
                null,
                answers);
    }

    @Test
    void startClosingAndStopLeadIntoTheClosingPhase() {
        assertThat(Decision.START_CLOSING.startsClosing()).isTrue();
        assertThat(Decision.STOP.startsClosing()).isTrue();
        assertThat(Decision.REFER.startsClosing()).isFalse();
        assertThat(Decision.CONTINUE.startsClosing()).isFalse();
    }

    private static Evaluation evaluate(
            Decision decision,
            Integer newExpected,
            Set<ExtensionReason> reasons,
            String other,
            String plan,
            Integer review) {
        NewEvaluation input = new NewEvaluation(
                DAY,
                EvaluationKind.MID,
                7,
                8,
                false,
                List.of(),
                "goed",
                null,
                decision,
                newExpected,
                reasons,
                other,
                plan,
                review);
        return new Evaluation(1L, input, 12, 1L, Instant.EPOCH);
    }
}
