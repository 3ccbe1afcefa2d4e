package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One answer to "Wil je nog een volgende afspraak?": the day, the answer, the client's own short words if any, and who
 * recorded it — the therapist with a session ({@code sessionId}), or the client through a personal link.
 */
public record NextAppointmentAnswer(
        Long id,
        Long treatmentId,
        @Nullable Long sessionId,
        LocalDate answeredOn,
        NextAppointmentWish answer,
        @Nullable String clientWords,
        AnsweredBy answeredBy) {

    /** The most characters kept of the client's words. */
    public static final int MAX_WORDS = 280;

    /** Who recorded the answer. */
    public enum AnsweredBy {
        THERAPIST,
        CLIENT
    }
}
