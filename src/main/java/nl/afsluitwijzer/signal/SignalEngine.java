package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.signal.rules.AgreementsMissingRule;
import nl.afsluitwijzer.signal.rules.BaselineMissingRule;
import nl.afsluitwijzer.signal.rules.BreakthroughReviewRule;
import nl.afsluitwijzer.signal.rules.DeteriorationRule;
import nl.afsluitwijzer.signal.rules.EvaluationDueRule;
import nl.afsluitwijzer.signal.rules.EvaluationWithoutMeasurementRule;
import nl.afsluitwijzer.signal.rules.GoalReachedRule;
import nl.afsluitwijzer.signal.rules.HistoryAsOf;
import nl.afsluitwijzer.signal.rules.LongRunningColleagueRule;
import nl.afsluitwijzer.signal.rules.LongRunningMdoRule;
import nl.afsluitwijzer.signal.rules.LowAllianceRule;
import nl.afsluitwijzer.signal.rules.MeasurementOverdueRule;
import nl.afsluitwijzer.signal.rules.NoFadingOutRule;
import nl.afsluitwijzer.signal.rules.NoRecentContactRule;
import nl.afsluitwijzer.signal.rules.NotOnTrackRule;
import nl.afsluitwijzer.signal.rules.OverrunImminentRule;
import nl.afsluitwijzer.signal.rules.OverrunRule;
import nl.afsluitwijzer.signal.rules.PlateauRule;
import nl.afsluitwijzer.signal.rules.ScopeCreepRule;
import nl.afsluitwijzer.signal.rules.SignalRule;
import nl.afsluitwijzer.signal.rules.SuicideItemRule;

/**
 * The signal rules of docs/signals.md as one pure function: (treatment history, policy, as-of date) → signals.
 * It reads no clock and keeps no state, so it is safe to share between threads.
 */
public final class SignalEngine {

    private final List<SignalRule> rules;

    /** The engine with every rule of the table, in its order. */
    public SignalEngine() {
        this(List.of(
                new SuicideItemRule(),
                new AgreementsMissingRule(),
                new BaselineMissingRule(),
                new EvaluationDueRule(),
                new EvaluationWithoutMeasurementRule(),
                new GoalReachedRule(),
                new PlateauRule(),
                new BreakthroughReviewRule(),
                new DeteriorationRule(),
                new NotOnTrackRule(),
                new OverrunImminentRule(),
                new OverrunRule(),
                new LongRunningMdoRule(),
                new LongRunningColleagueRule(),
                new ScopeCreepRule(),
                new MeasurementOverdueRule(),
                new NoRecentContactRule(),
                new LowAllianceRule(),
                new NoFadingOutRule()));
    }

    SignalEngine(List<SignalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The signals on the treatment as of {@code asOf}, in the order of the table, each marked acknowledged when a
     * decision on or before that date acknowledged it with the same fingerprint. Events after {@code asOf} are ignored;
     * without a phase on that date, or in a phase no rule applies to, there are none.
     */
    public List<Signal> evaluate(TreatmentHistory history, SignalPolicy policy, LocalDate asOf) {
        HistoryAsOf view = new HistoryAsOf(history, asOf);
        Optional<TreatmentPhase> phase = view.phase();
        if (phase.isEmpty()) {
            return List.of();
        }
        List<Signal> signals = new ArrayList<>();
        for (SignalRule rule : rules) {
            if (rule.phases().contains(phase.get())) {
                rule.evaluate(view, policy)
                        .map(signal -> view.isAcknowledged(signal) ? signal.acknowledge() : signal)
                        .ifPresent(signals::add);
            }
        }
        return List.copyOf(signals);
    }
}
