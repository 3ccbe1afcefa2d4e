package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * EVALUATION_DUE: no evaluation yet and E set; with P the evaluation point (min(H, N) for a policy that evaluates after
 * N sessions, else H), n = P − 1 gives INFO (plan it next session), n ≥ P ACTION (overdue).
 * Decision: an evaluation of any kind counts; without E there is no halfway, so no signal (AGREEMENTS_MISSING covers it).
 * In the CLOSING phase it is at most INFO (the closing phase was entered without any evaluation: record the final
 * one); once closing was decided at an evaluation there is an evaluation, so it is silent.
 * Fingerprint: {@code E=<E>;<severity>}, so raising E or the step from INFO to ACTION voids an acknowledgement.
 * Arguments: n, E, P.
 */
public final class EvaluationDueRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.EVALUATION_DUE;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (!history.evaluations().isEmpty() || !history.hasExpectedSessions()) {
            return Optional.empty();
        }
        int n = history.n();
        int point = policy.evaluationPoint(history.expectedSessions());
        if (n < point - 1) {
            return Optional.empty();
        }
        // in the closing phase without any evaluation the final evaluation is what is left: a reminder, not an alarm
        boolean closing =
                history.phase().filter(p -> p == TreatmentPhase.CLOSING).isPresent();
        Severity severity = n >= point && !closing ? Severity.ACTION : Severity.INFO;
        int expected = history.expectedSessions();
        return Optional.of(Signal.of(code(), severity, "E=" + expected + ";" + severity, n, expected, point));
    }
}
