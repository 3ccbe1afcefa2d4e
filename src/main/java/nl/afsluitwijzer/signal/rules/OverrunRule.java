package nl.afsluitwijzer.signal.rules;

import java.util.Optional;

import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;

/**
 * OVERRUN (ACTION): n &gt; E.
 * Fingerprint: {@code E=<E>}, so an extension (raising E) voids an acknowledgement.
 * Arguments: n, E, sessions over (n − E).
 */
public final class OverrunRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.OVERRUN;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (!history.hasExpectedSessions() || history.n() <= history.expectedSessions()) {
            return Optional.empty();
        }
        int expected = history.expectedSessions();
        return Optional.of(Signal.of(code(), Severity.ACTION, "E=" + expected,
                history.n(), expected, history.n() - expected));
    }
}
