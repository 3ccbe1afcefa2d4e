package nl.afsluitwijzer.treatment.api;

import java.time.LocalDate;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer.AnsweredBy;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import org.jspecify.annotations.Nullable;

/** An answer to "Wil je nog een volgende afspraak?": by the therapist at a session, or by the client via a link. */
public record NextAppointmentView(
        Long id,
        LocalDate date,
        NextAppointmentWish answer,
        @Nullable String clientWords,
        AnsweredBy answeredBy,
        @Nullable Long sessionId) {

    public static NextAppointmentView of(NextAppointmentAnswer a) {
        return new NextAppointmentView(
                a.id(), a.answeredOn(), a.answer(), a.clientWords(), a.answeredBy(), a.sessionId());
    }
}
