package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ShippedInstrumentsTest.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import nl.afsluitwijzer.measurement.internal.AnswerProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** An instrument refuses to score answers that are missing, extra or impossible, and says why. */
class InvalidAnswersTest {

    private final Instrument phq9 = CATALOG.get("PHQ9");

    @Test
    void fewerAnswersThanItemsAreMissingAnswers() {
        refused(() -> phq9.score(answers(8)), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.MISSING_ANSWERS);
            assertThat(e.item()).isEqualTo(9);
            assertThat(e.expectedMax()).isEqualTo(9);
            assertThat(e.actual()).isEqualTo(8);
            assertThat(e.messageKey()).isEqualTo("measurement.invalid.missing");
        });
    }

    @Test
    void noAnswersAtAllAreMissingFromTheFirstItem() {
        refused(() -> phq9.score(List.of()), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.MISSING_ANSWERS);
            assertThat(e.item()).isEqualTo(1);
        });
    }

    @Test
    void moreAnswersThanItemsAreExtraAnswers() {
        refused(() -> phq9.score(answers(10)), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.EXTRA_ANSWERS);
            assertThat(e.item()).isEqualTo(10);
            assertThat(e.actual()).isEqualTo(10);
            assertThat(e.messageKey()).isEqualTo("measurement.invalid.extra");
        });
    }

    @Test
    void anEmptyAnswerLeavesItsItemUnanswered() {
        List<Integer> answers = answers(9);
        answers.set(3, null);

        refused(() -> phq9.score(answers), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.UNANSWERED_ITEM);
            assertThat(e.item()).isEqualTo(4);
            assertThat(e.actual()).isNull();
            assertThat(e.messageKey()).isEqualTo("measurement.invalid.unanswered");
        });
    }

    @Test
    void aNegativeAnswerIsOutOfRange() {
        refused(() -> phq9.score(Arrays.asList(1, -1, 1, 1, 1, 1, 1, 1, 1)), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.ANSWER_OUT_OF_RANGE);
            assertThat(e.item()).isEqualTo(2);
            assertThat(List.of(e.expectedMin(), e.expectedMax())).containsExactly(0, 3);
            assertThat(e.actual()).isEqualTo(-1);
        });
    }

    @Test
    void anAnswerAboveTheHighestOptionIsOutOfRange() {
        refused(() -> phq9.score(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 4)), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.ANSWER_OUT_OF_RANGE);
            assertThat(e.item()).isEqualTo(9);
            assertThat(e.actual()).isEqualTo(4);
            assertThat(e.messageKey()).isEqualTo("measurement.invalid.answerOutOfRange");
        });
    }

    @Test
    void aGboRatingAboveTenIsOutOfRange() {
        refused(() -> CATALOG.get("GBO").score(List.of(11)), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.ANSWER_OUT_OF_RANGE);
            assertThat(List.of(e.expectedMin(), e.expectedMax())).containsExactly(0, 10);
        });
    }

    @Test
    void theFirstProblemInItemOrderIsReported() {
        refused(
                () -> phq9.score(Arrays.asList(1, 7, null, 1, 1, 1, 1, 1, 1)),
                e -> assertThat(e.item()).isEqualTo(2));
    }

    @Test
    void aGivenTotalAboveTheMaximumIsOutOfRange() {
        refused(() -> phq9.scoreTotal(28), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.TOTAL_OUT_OF_RANGE);
            assertThat(e.item()).isNull();
            assertThat(e.messageArguments()).containsExactly("PHQ9", null, 0, 27, 28);
            assertThat(e.messageKey()).isEqualTo("measurement.invalid.totalOutOfRange");
        });
    }

    @Test
    void aGivenTotalBelowTheMinimumIsOutOfRange() {
        refused(() -> CATALOG.get("GAD7").scoreTotal(-1), e -> {
            assertThat(e.problem()).isEqualTo(AnswerProblem.TOTAL_OUT_OF_RANGE);
            assertThat(e.instrument()).isEqualTo("GAD7");
        });
        refused(() -> phq9.bandFor(-1), e -> assertThat(e.problem()).isEqualTo(AnswerProblem.TOTAL_OUT_OF_RANGE));
    }

    @Test
    void aGivenTotalAtEitherEndIsAccepted() {
        assertThat(phq9.scoreTotal(0).total()).isZero();
        assertThat(phq9.scoreTotal(27).total()).isEqualTo(27);
    }

    @Test
    void theDeveloperMessageNamesTheInstrumentAndTheItem() {
        assertThatThrownBy(() -> phq9.score(Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, 4)))
                .hasMessage("PHQ9: the answer to item 9 is 4 but must lie in 0\u20133");
    }

    private static List<Integer> answers(int count) {
        return new ArrayList<>(Collections.nCopies(count, 1));
    }

    private static void refused(ThrowingCallable scoring, Consumer<InvalidAnswersException> expectations) {
        assertThatThrownBy(scoring).isInstanceOfSatisfying(InvalidAnswersException.class, expectations::accept);
    }
}
