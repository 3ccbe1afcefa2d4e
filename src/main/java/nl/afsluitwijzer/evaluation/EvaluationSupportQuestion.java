package nl.afsluitwijzer.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * One stored answer to a support question (table evaluation_support_question; the name is derived from this class,
 * see system.PersistenceConfiguration).
 */
record EvaluationSupportQuestion(
        SupportQuestion question, boolean concern, @Nullable String note) {

    SupportAnswer answer() {
        return new SupportAnswer(question, concern, note);
    }
}
