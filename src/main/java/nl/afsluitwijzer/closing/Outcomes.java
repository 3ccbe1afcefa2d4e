package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/**
 * What the closing module needs of the measurements: the totals on the primary instrument (for the letters and
 * their chart) and whether an end measurement was taken in the closing phase. Reads without its own audit entry:
 * the callers have opened the treatment's file, which checked access and was logged.
 */
@Component
class Outcomes {

    private final Measurements measurements;

    Outcomes(Measurements measurements) {
        this.measurements = measurements;
    }

    /** The totals on the treatment's primary instrument, oldest first. */
    List<DatedScore> primaryScores(TreatmentFile file) {
        List<MeasurementRecord> records =
                measurements.forTreatments(List.of(file.id())).getOrDefault(file.id(), List.of());
        return measurements
                .history(file.treatment().getPrimaryInstrument(), records)
                .primaryScores();
    }

    /** An end measurement: a primary measurement dated in the closing phase, or one the therapist ticked off. */
    boolean endMeasured(TreatmentFile file, ClosingPlan plan) {
        if (plan.isEndMeasurementDone()) {
            return true;
        }
        LocalDate from = closingPhaseStart(file).orElse(plan.getStartedOn());
        return primaryScores(file).stream().anyMatch(score -> !score.date().isBefore(from));
    }

    static Optional<LocalDate> closingPhaseStart(TreatmentFile file) {
        return file.treatment().phaseHistory().stream()
                .filter(change -> change.phase() == Phase.CLOSING)
                .map(PhaseChange::changedOn)
                .reduce((first, last) -> last);
    }
}
