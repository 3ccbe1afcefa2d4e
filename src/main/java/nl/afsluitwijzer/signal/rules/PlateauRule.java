package nl.afsluitwijzer.signal.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * PLATEAU (ATTENTION): phase TREATMENT, the last k (policy, 3) primary measurements span at least the policy's
 * days (last date − k-th last date) and their max − min is below the reliable change, and not recovered.
 * Decision: without a primary instrument there is no reliable change, so no plateau.
 * Fingerprint: the dates of the last k measurements, e.g. {@code 2025-01-06,2025-02-03,2025-03-03}.
 * Arguments: k, span in days, lowest total, highest total, reliable change.
 */
public final class PlateauRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.PLATEAU;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        int window = policy.plateauMeasurements();
        List<Measurement> all = history.measurements();
        if (all.size() < window || history.thresholds().isEmpty() || history.isClassified(Classification.RECOVERED)) {
            return Optional.empty();
        }
        List<Measurement> last = all.subList(all.size() - window, all.size());
        long span = DAYS.between(last.get(0).date(), last.get(window - 1).date());
        int lowest = last.stream().mapToInt(Measurement::total).min().orElseThrow();
        int highest = last.stream().mapToInt(Measurement::total).max().orElseThrow();
        int reliableChange = history.thresholds().get().reliableChange();
        if (span < policy.plateauMinSpanDays() || highest - lowest >= reliableChange) {
            return Optional.empty();
        }
        String dates = last.stream().map(m -> m.date().toString()).collect(Collectors.joining(","));
        return Optional.of(Signal.of(code(), Severity.ATTENTION, dates, window, span, lowest, highest, reliableChange));
    }
}
