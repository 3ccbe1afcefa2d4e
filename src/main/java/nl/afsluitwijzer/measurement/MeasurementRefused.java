package nl.afsluitwijzer.measurement;

import nl.afsluitwijzer.measurement.internal.AnswerProblem;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A measurement that is not recorded (400), naming the field that is wrong — {@code instrument}, {@code date},
 * {@code goalId}, {@code answers} or {@code total} — and, for an answer, the 1-based item. The API adds both to
 * its problem+json ({@code field}, {@code item}, and {@code problem} for a refused set of answers); a form shows
 * the message next to the field.
 */
public final class MeasurementRefused extends DomainException {

    private final String field;
    private final @Nullable Integer item;

    MeasurementRefused(String field, @Nullable Integer item, String messageKey, @Nullable Object... arguments) {
        super(DomainException.Kind.REFUSED, messageKey, arguments);
        this.field = field;
        this.item = item;
        detail("field", field);
        if (item != null) {
            detail("item", item);
        }
    }

    static MeasurementRefused of(InvalidAnswersException invalid) {
        boolean total = invalid.problem() == AnswerProblem.TOTAL_OUT_OF_RANGE;
        MeasurementRefused refused = new MeasurementRefused(
                total ? "total" : "answers", invalid.item(), invalid.messageKey(), invalid.messageArguments());
        refused.detail("problem", invalid.problem().name());
        return refused;
    }

    public String field() {
        return field;
    }

    /** The 1-based item concerned (unanswered, out of range, or the first missing or extra one), or null. */
    public @Nullable Integer item() {
        return item;
    }
}
