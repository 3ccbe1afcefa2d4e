package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * BASELINE_MISSING (ATTENTION): n ≥ 2 and no primary measurement.
 * Decision: also fires when the treatment has no primary instrument (then none can be recorded).
 * Fingerprint: {@code instrument=set} or {@code instrument=none}, so choosing an instrument voids an acknowledgement.
 * Arguments: n, primary instrument chosen (0/1).
 * Decision: TREATMENT only: a measurement taken in the closing phase is no baseline any more.
 */
public final class BaselineMissingRule implements SignalRule {

    static final int FROM_SESSION = 2;

    @Override
    public SignalCode code() {
        return SignalCode.BASELINE_MISSING;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.n() < FROM_SESSION || !history.measurements().isEmpty()) {
            return Optional.empty();
        }
        boolean instrument = history.hasPrimaryInstrument();
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                instrument ? "instrument=set" : "instrument=none",
                history.n(),
                instrument ? 1 : 0));
    }
}
