package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentPhase;

/** One row of the signal table: a pure function of the history as of a date and the policy. */
public interface SignalRule {

    SignalCode code();

    /** The phases in which the rule applies; docs/signals.md: TREATMENT and CLOSING unless said otherwise. */
    default Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT, TreatmentPhase.CLOSING);
    }

    /** The signal, unacknowledged, when the rule fires on the history as of its date. */
    Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy);
}
