package nl.afsluitwijzer.signal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * AGREEMENTS_MISSING (ACTION): n ≥ 2 and no goal, E unset, or closing not discussed at the start.
 * Decision: any goal added on or before the as-of date counts, whatever its status.
 * Fingerprint: the missing agreements, e.g. {@code GOALS,EXPECTED_SESSIONS}.
 * Arguments: n, goals, E set (0/1), E (0 when unset), closing discussed (0/1).
 * Decision: TREATMENT only: in the closing phase agreements for the course come too late (the closing plan takes
 * over).
 */
public final class AgreementsMissingRule implements SignalRule {

    static final int FROM_SESSION = 2;

    @Override
    public SignalCode code() {
        return SignalCode.AGREEMENTS_MISSING;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.n() < FROM_SESSION) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (history.goals().isEmpty()) {
            missing.add("GOALS");
        }
        if (!history.hasExpectedSessions()) {
            missing.add("EXPECTED_SESSIONS");
        }
        if (!history.closingDiscussedAtStart()) {
            missing.add("CLOSING_DISCUSSED");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        boolean expectedSet = history.hasExpectedSessions();
        return Optional.of(Signal.of(
                code(),
                Severity.ACTION,
                String.join(",", missing),
                history.n(),
                history.goals().size(),
                expectedSet ? 1 : 0,
                expectedSet ? history.expectedSessions() : 0,
                history.closingDiscussedAtStart() ? 1 : 0));
    }
}
