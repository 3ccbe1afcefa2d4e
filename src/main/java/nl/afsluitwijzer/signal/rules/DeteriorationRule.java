package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;

/**
 * DETERIORATION (ACTION): the primary classification (first against last measurement) is reliably deteriorated.
 * Fingerprint: the latest measurement's date and total, e.g. {@code latest=2025-03-03:19}, so each new
 * measurement that still shows deterioration asks for a fresh decision.
 * Arguments: baseline total, baseline date, latest total, latest date, reliable change.
 */
public final class DeteriorationRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.DETERIORATION;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (!history.isClassified(Classification.RELIABLY_DETERIORATED)) {
            return Optional.empty();
        }
        Measurement baseline = history.measurements().get(0);
        Measurement latest = HistoryAsOf.last(history.measurements());
        return Optional.of(Signal.of(
                code(),
                Severity.ACTION,
                "latest=" + latest.date() + ":" + latest.total(),
                baseline.total(),
                baseline.date(),
                latest.total(),
                latest.date(),
                history.thresholds().orElseThrow().reliableChange()));
    }
}
