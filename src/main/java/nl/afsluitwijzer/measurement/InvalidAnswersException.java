package nl.afsluitwijzer.measurement;

import nl.afsluitwijzer.measurement.internal.AnswerProblem;
import org.jspecify.annotations.Nullable;

/**
 * A set of answers (or a given total) that an instrument refuses to score. It says what is wrong
 * in a machine-readable way: the {@link AnswerProblem}, the 1-based item where one is concerned,
 * the expected range and the actual value. Its message is for developers; the UI translates
 * {@link #messageKey()} with {@link #messageArguments()}.
 */
public final class InvalidAnswersException extends RuntimeException {

    private final String instrument;
    private final AnswerProblem problem;
    private final @Nullable Integer item;
    private final int expectedMin;
    private final int expectedMax;
    private final @Nullable Integer actual;

    private InvalidAnswersException(
            String instrument,
            AnswerProblem problem,
            @Nullable Integer item,
            int expectedMin,
            int expectedMax,
            @Nullable Integer actual,
            String message) {
        super(instrument + ": " + message);
        this.instrument = instrument;
        this.problem = problem;
        this.item = item;
        this.expectedMin = expectedMin;
        this.expectedMax = expectedMax;
        this.actual = actual;
    }

    static InvalidAnswersException missingAnswers(String instrument, int items, int given) {
        return new InvalidAnswersException(
                instrument,
                AnswerProblem.MISSING_ANSWERS,
                given + 1,
                items,
                items,
                given,
                given + " answers given for " + items + " items; item " + (given + 1) + " onwards is missing");
    }

    static InvalidAnswersException extraAnswers(String instrument, int items, int given) {
        return new InvalidAnswersException(
                instrument,
                AnswerProblem.EXTRA_ANSWERS,
                items + 1,
                items,
                items,
                given,
                given + " answers given for " + items + " items; answer " + (items + 1) + " onwards has no item");
    }

    static InvalidAnswersException unansweredItem(String instrument, int item, int lowest, int highest) {
        return new InvalidAnswersException(
                instrument,
                AnswerProblem.UNANSWERED_ITEM,
                item,
                lowest,
                highest,
                null,
                "item " + item + " has no answer");
    }

    static InvalidAnswersException answerOutOfRange(String instrument, int item, int lowest, int highest, int answer) {
        return new InvalidAnswersException(
                instrument,
                AnswerProblem.ANSWER_OUT_OF_RANGE,
                item,
                lowest,
                highest,
                answer,
                "the answer to item " + item + " is " + answer + " but must lie in " + lowest + "\u2013" + highest);
    }

    static InvalidAnswersException totalOutOfRange(String instrument, int min, int max, int total) {
        return new InvalidAnswersException(
                instrument,
                AnswerProblem.TOTAL_OUT_OF_RANGE,
                null,
                min,
                max,
                total,
                "the total " + total + " must lie in " + min + "\u2013" + max);
    }

    /** The code of the instrument that refused the answers. */
    public String instrument() {
        return instrument;
    }

    public AnswerProblem problem() {
        return problem;
    }

    /** The 1-based item concerned: the unanswered or out-of-range item, or the first missing or extra one. */
    public @Nullable Integer item() {
        return item;
    }

    /** The lowest acceptable value: an answer option, a total, or for count problems the number of items. */
    public int expectedMin() {
        return expectedMin;
    }

    /** The highest acceptable value, like {@link #expectedMin()}. */
    public int expectedMax() {
        return expectedMax;
    }

    /** The value given: an answer, a total, or the number of answers; null for an unanswered item. */
    public @Nullable Integer actual() {
        return actual;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    /** Always {instrument, item, expectedMin, expectedMax, actual}, so every message uses the same positions. */
    public @Nullable Object[] messageArguments() {
        return new @Nullable Object[] {instrument, item, expectedMin, expectedMax, actual};
    }
}
