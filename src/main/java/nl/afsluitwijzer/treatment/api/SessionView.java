package nl.afsluitwijzer.treatment.api;

import java.time.LocalDate;
import java.util.Objects;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;

/** A session; {@code nextAppointment} (added later, additive) is the answer recorded with it, or null. */
public record SessionView(
        Long id,
        LocalDate date,
        SessionKind kind,
        boolean attended,
        @Nullable NextAppointmentView nextAppointment) {

    public static SessionView of(TreatmentSession session, @Nullable NextAppointmentAnswer answer) {
        return new SessionView(
                Objects.requireNonNull(session.getId(), "stored"),
                session.getSessionDate(),
                session.getKind(),
                session.isAttended(),
                answer == null ? null : NextAppointmentView.of(answer));
    }
}
