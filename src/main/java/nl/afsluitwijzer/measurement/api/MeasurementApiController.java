package nl.afsluitwijzer.measurement.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/v1/treatments/{id}/measurements (docs/api.md): item answers, scored by the server, or a
 * total — exactly one of the two; {@code goalId} for a per-goal instrument (GBO). The answer is the stored
 * measurement with its band and the treatment's classification on its primary instrument after it.
 */
@RestController
class MeasurementApiController {

    private final Measurements measurements;

    MeasurementApiController(Measurements measurements) {
        this.measurements = measurements;
    }

    record MeasurementRequest(
            @Nullable String instrument,
            @PlausibleDate(Kind.HAPPENED) @Nullable LocalDate date,
            @Nullable List<@Nullable Integer> answers,
            @Nullable Integer total,
            @Nullable Long goalId) {

        NewMeasurement toMeasurement() {
            return new NewMeasurement(instrument, date, answers, total, goalId);
        }
    }

    /**
     * @param band the code of the severity band (such as MODERATE), or null when the instrument has none
     * @param classification baseline against latest on the primary instrument, or null without two measurements
     */
    record MeasurementResponse(
            Long id,
            String instrument,
            LocalDate date,
            int total,
            @Nullable String band,
            @Nullable Long goalId,
            @Nullable Classification classification) {}

    @PostMapping("/api/v1/treatments/{id}/measurements")
    ResponseEntity<MeasurementResponse> record(@PathVariable Long id, @RequestBody MeasurementRequest request) {
        MeasurementRecord m = measurements.record(CurrentUser.require(), id, request.toMeasurement());
        Classification classification = measurements
                .historyOf(CurrentUser.require(), id)
                .classification()
                .orElse(null);
        return ResponseEntity.created(URI.create("/api/v1/treatments/" + id + "/measurements/" + m.id()))
                .body(new MeasurementResponse(
                        Objects.requireNonNull(m.id(), "stored"),
                        m.instrument(),
                        m.date(),
                        m.total(),
                        m.band(),
                        m.goalId(),
                        classification));
    }
}
