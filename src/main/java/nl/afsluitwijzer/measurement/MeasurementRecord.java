package nl.afsluitwijzer.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded measurement of a treatment, as scored when it was recorded.
 *
 * @param id null until stored
 * @param band the code of the severity band the total fell in, or null when the instrument has no bands
 * @param answers the item answers in item order, or empty when only the total was entered
 * @param goalId the rated goal for a per-goal instrument (GBO), otherwise null
 * @param recordedBy the user who entered it, or null when the client entered it through the portal
 */
public record MeasurementRecord(
        @Nullable Long id,
        Long treatmentId,
        String instrument,
        LocalDate date,
        int total,
        @Nullable String band,
        List<Integer> answers,
        @Nullable Long goalId,
        MeasurementSource source,
        @Nullable Long recordedBy,
        Instant recordedAt) {

    public MeasurementRecord {
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
        answers = List.copyOf(answers);
    }

    /** Whether only the total was entered (for instance from a paper questionnaire). */
    public boolean enteredAsTotal() {
        return answers.isEmpty();
    }

    /** A point of a progress chart. */
    public DatedScore datedScore() {
        return new DatedScore(date, total);
    }

    MeasurementRecord withId(Long newId) {
        return new MeasurementRecord(
                newId, treatmentId, instrument, date, total, band, answers, goalId, source, recordedBy, recordedAt);
    }
}
