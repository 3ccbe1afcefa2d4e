package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.rules.HistoryAsOf.GoalState;

/**
 * SCOPE_CREEP (ATTENTION): a goal was added strictly after the first evaluation, or, without an evaluation,
 * strictly after the H-th counted session (so not before session H exists, and not without E).
 * Decision: a late goal that is DROPPED again no longer counts: the scope was guarded.
 * Fingerprint: the ids of the late goals, e.g. {@code goals=g3,g4}, so each new late goal asks for a decision.
 * Arguments: late goals, after the first evaluation (1) or session H (0), that date, H (0 when after an evaluation).
 */
public final class ScopeCreepRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.SCOPE_CREEP;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        Optional<LocalDate> evaluated = history.firstEvaluation().map(Evaluation::date);
        Optional<LocalDate> reference = evaluated.or(() -> halfwaySessionDate(history));
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        List<GoalState> late = history.goals().stream()
                .filter(goal -> goal.added().isAfter(reference.get()) && goal.status() != GoalStatus.DROPPED)
                .collect(Collectors.toList());
        if (late.isEmpty()) {
            return Optional.empty();
        }
        String ids = late.stream().map(GoalState::id).collect(Collectors.joining(","));
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                "goals=" + ids,
                late.size(),
                evaluated.isPresent() ? 1 : 0,
                reference.get(),
                evaluated.isPresent() ? 0 : history.halfway()));
    }

    private static Optional<LocalDate> halfwaySessionDate(HistoryAsOf history) {
        if (!history.hasExpectedSessions() || history.n() < history.halfway()) {
            return Optional.empty();
        }
        return Optional.of(history.countedSessions().get(history.halfway() - 1).date());
    }
}
