package nl.afsluitwijzer.treatment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentChanges.RecordedSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sessions of a treatment; attended ones of kind TREATMENT, EVALUATION or CLOSING count towards n. */
@RestController
@Tag(name = "Treatments")
class SessionApiController {

    private final TreatmentChanges changes;

    SessionApiController(TreatmentChanges changes) {
        this.changes = changes;
    }

    /** A session; {@code nextAppointment} is the client's answer to "Wil je nog een volgende afspraak?" if asked. */
    record NewSessionRequest(
            @PlausibleDate @NotNull LocalDate date,
            @NotNull SessionKind kind,
            @NotNull Boolean attended,
            @Valid @Nullable NextAppointmentRequest nextAppointment) {}

    record NextAppointmentRequest(
            @NotNull NextAppointmentWish answer,

            @Size(max = NextAppointmentAnswer.MAX_WORDS) @Nullable
            String clientWords) {}

    @PostMapping("/api/v1/treatments/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session: attended sessions cannot lie in the future or before the start; with an"
                    + " attended session optionally the client's answer to \"Wil je nog een volgende afspraak?\"")
    SessionView add(
            @PathVariable Long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
            @Valid @RequestBody NewSessionRequest request) {
        NextAppointmentRequest next = request.nextAppointment();
        RecordedSession recorded = changes.addSession(
                CurrentUser.require(),
                id,
                IfMatch.version(ifMatch),
                request.date(),
                request.kind(),
                request.attended(),
                next == null ? null : next.answer(),
                next == null ? null : next.clientWords());
        return SessionView.of(recorded.session(), recorded.nextAppointment());
    }
}
