package nl.afsluitwijzer.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one support question in the evaluation that acknowledges NOT_ON_TRACK: looked into, and whether it
 * is a concern (zorg) or not (geen zorg), with an optional short note of at most {@value #NOTE_MAX} characters.
 * A question not looked into has no answer.
 */
public record SupportAnswer(
        SupportQuestion question, boolean concern, @Nullable String note) {

    public static final int NOTE_MAX = 500;
}
