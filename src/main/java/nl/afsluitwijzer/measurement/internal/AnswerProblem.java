package nl.afsluitwijzer.measurement.internal;

/**
 * Why a set of answers or a given total cannot be scored. Each problem has a message key in
 * {@code messages/measurement*.properties}; the arguments are those of
 * {@link InvalidAnswersException#messageArguments()}.
 */
public enum AnswerProblem {
    /** Fewer answers than items. */
    MISSING_ANSWERS("measurement.invalid.missing"),
    /** An item was left empty (a null answer). */
    UNANSWERED_ITEM("measurement.invalid.unanswered"),
    /** More answers than items. */
    EXTRA_ANSWERS("measurement.invalid.extra"),
    /** An answer that is not the value of one of the answer options. */
    ANSWER_OUT_OF_RANGE("measurement.invalid.answerOutOfRange"),
    /** A given total outside the instrument's minimum and maximum. */
    TOTAL_OUT_OF_RANGE("measurement.invalid.totalOutOfRange");

    private final String messageKey;

    AnswerProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
