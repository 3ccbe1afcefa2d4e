package nl.afsluitwijzer.interop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import nl.afsluitwijzer.treatment.Treatments;
import nl.afsluitwijzer.treatment.api.IfMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Starting a treatment, reading it whole, and moving it to another phase (docs/api.md). */
@RestController
@RequestMapping("/api/v1/treatments")
@Tag(name = "Treatments")
class TreatmentApiController {

    private final TreatmentRegistration registration;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final Policies policies;
    private final KnownInstruments instruments;
    private final Clock clock;
    private final Measurements measurements;
    private final Evaluations evaluations;
    private final NextAppointmentAnswers nextAppointments;

    TreatmentApiController(
            TreatmentRegistration registration,
            Treatments treatments,
            TreatmentChanges changes,
            Policies policies,
            KnownInstruments instruments,
            Clock clock,
            Measurements measurements,
            Evaluations evaluations,
            NextAppointmentAnswers nextAppointments) {
        this.nextAppointments = nextAppointments;
        this.measurements = measurements;
        this.evaluations = evaluations;
        this.registration = registration;
        this.treatments = treatments;
        this.changes = changes;
        this.policies = policies;
        this.instruments = instruments;
        this.clock = clock;
    }

    record PhaseRequest(
            @NotNull Phase phase,
            @PlausibleDate(Kind.HAPPENED) @NotNull LocalDate date,
            @Size(max = 1000) @Nullable String reason) {}

    @PostMapping
    @Operation(summary = "Start a treatment in phase TREATMENT with its agreements and goals")
    ResponseEntity<TreatmentView> start(@Valid @RequestBody NewTreatmentRequest request) {
        instruments.require(request.primaryInstrument().strip(), "primaryInstrument");
        Integer expected = request.expectedSessions();
        int agreed = expected != null
                ? expected
                : policies.inForce(CurrentUser.require().practiceId(), request.startDate())
                        .expectedSessions(request.complexCase());
        Treatment treatment = registration.start(CurrentUser.require(), request.toCommand(agreed));
        TreatmentView view = view(Objects.requireNonNull(treatment.getId(), "stored"));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(view.id())
                .toUri();
        return ResponseEntity.created(location)
                .eTag(IfMatch.etag(view.version()))
                .body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The treatment with its agreements, goals, sessions, discussions and phase history")
    ResponseEntity<TreatmentView> get(@PathVariable Long id) {
        TreatmentView view = view(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/{id}/phase")
    @Operation(
            summary =
                    "Move the treatment to another phase; a transition the phase rules (docs/signals.md) do not allow gives 409")
    ResponseEntity<TreatmentView> changePhase(
            @PathVariable Long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PhaseRequest request) {
        changes.changePhase(
                CurrentUser.require(), id, IfMatch.version(ifMatch), request.phase(), request.date(), request.reason());
        TreatmentView view = view(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    private TreatmentView view(Long id) {
        List<Long> ids = List.of(id);
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        return TreatmentView.of(
                file,
                LocalDate.now(clock),
                measurements.forTreatments(ids).getOrDefault(id, List.of()),
                evaluations.shownIn(file),
                nextAppointments.of(CurrentUser.require(), id));
    }
}
