package nl.afsluitwijzer.signal.rules;

import java.util.Optional;

import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;

/**
 * BASELINE_MISSING (ATTENTION): n ≥ 2 and no primary measurement.
 * Decision: also fires when the treatment has no primary instrument (then none can be recorded).
 * Fingerprint: {@code instrument=set} or {@code instrument=none}, so choosing an instrument voids an acknowledgement.
 * Arguments: n, primary instrument chosen (0/1).
 */
public final class BaselineMissingRule implements SignalRule {

    static final int FROM_SESSION = 2;

    @Override
    public SignalCode code() {
        return SignalCode.BASELINE_MISSING;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.n() < FROM_SESSION || !history.measurements().isEmpty()) {
            return Optional.empty();
        }
        boolean instrument = history.hasPrimaryInstrument();
        return Optional.of(Signal.of(code(), Severity.ATTENTION, instrument ? "instrument=set" : "instrument=none",
                history.n(), instrument ? 1 : 0));
    }
}
