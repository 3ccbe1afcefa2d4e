package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * GOAL_REACHED (ATTENTION): phase TREATMENT and (every goal is REACHED, or the primary classification is recovered).
 * Decision: DROPPED goals are left out, and at least one goal must be REACHED (all dropped is not "reached").
 * Fingerprint: every goal's id and status, and whether recovered, e.g. {@code g1:REACHED,g2:DROPPED;recovered=false}.
 * Arguments: goals reached, goals not dropped, recovered (0/1), baseline total, latest total (0 without measurements).
 */
public final class GoalReachedRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.GOAL_REACHED;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        long reached = history.goals().stream()
                .filter(goal -> goal.status() == GoalStatus.REACHED)
                .count();
        long notDropped = history.goals().stream()
                .filter(goal -> goal.status() != GoalStatus.DROPPED)
                .count();
        boolean recovered = history.isClassified(Classification.RECOVERED);
        if (!recovered && (reached == 0 || reached < notDropped)) {
            return Optional.empty();
        }
        String goals = history.goals().stream()
                .map(goal -> goal.id() + ":" + goal.status())
                .collect(Collectors.joining(","));
        int baseline = history.measurements().isEmpty()
                ? 0
                : history.measurements().get(0).total();
        int latest = history.measurements().isEmpty()
                ? 0
                : HistoryAsOf.last(history.measurements()).total();
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                goals + ";recovered=" + recovered,
                reached,
                notDropped,
                recovered ? 1 : 0,
                baseline,
                latest));
    }
}
