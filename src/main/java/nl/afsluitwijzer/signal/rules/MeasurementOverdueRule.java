package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * MEASUREMENT_OVERDUE (INFO): phase TREATMENT, a baseline exists, and at least the policy's number (4) of
 * counted sessions dated strictly after the last primary measurement (a session on its day is the measured one).
 * Fingerprint: {@code lastMeasurement=<date>}.
 * Arguments: sessions since the last measurement, its date, the policy's number.
 */
public final class MeasurementOverdueRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.MEASUREMENT_OVERDUE;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.measurements().isEmpty()) {
            return Optional.empty();
        }
        LocalDate measured = HistoryAsOf.last(history.measurements()).date();
        long since = history.countedSessions().stream()
                .filter(s -> s.date().isAfter(measured))
                .count();
        if (since < policy.measureEverySessions()) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                code(), Severity.INFO, "lastMeasurement=" + measured, since, measured, policy.measureEverySessions()));
    }
}
