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
 * Decision: in the CLOSING phase silent once closing was decided at an evaluation (the decision it asks for was
 * taken); a closing entered without that decision still overruns.
 */
public final class OverrunRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.OVERRUN;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.closingDecidedAtEvaluation()) {
            return Optional.empty();
        }
        if (!history.hasExpectedSessions() || history.n() <= history.expectedSessions()) {
            return Optional.empty();
        }
        int expected = history.expectedSessions();
        return Optional.of(
                Signal.of(code(), Severity.ACTION, "E=" + expected, history.n(), expected, history.n() - expected));
    }
}
