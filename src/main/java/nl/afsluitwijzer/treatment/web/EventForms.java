package nl.afsluitwijzer.treatment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.SessionKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms on the treatment page. */
final class EventForms {

    private EventForms() {}

    /** A session, with the client's answer to "Wil je nog een volgende afspraak?" when it was asked. */
    record SessionForm(
            @PlausibleDate @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotNull SessionKind kind,
            Boolean attended,
            NextAppointmentWish nextAppointment,
            @Size(max = NextAppointmentAnswer.MAX_WORDS) String clientWords) {}

    record GoalForm(
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 1000) String criterion,

            @PlausibleDate @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date) {}

    record GoalStatusForm(@NotNull GoalStatus status) {}

    record DiscussionForm(
            @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotNull DiscussionKind kind,
            @Size(max = 2000) String note) {}

    record PhaseForm(
            @NotNull Phase phase,

            @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @Size(max = 1000) String reason,
            Integer version) {}

    record ShareForm(@NotNull Long colleagueId, Boolean shared) {}
}
