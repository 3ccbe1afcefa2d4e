package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * OVERRUN_IMMINENT (ATTENTION): phase TREATMENT, E − margin ≤ n ≤ E, and no intervision or team discussion
 * dated on or after the date E was last set (an MDO discussion does not count here).
 * Fingerprint: {@code E=<E>}, so raising E voids an acknowledgement.
 * Arguments: n, E, sessions left (E − n), margin.
 */
public final class OverrunImminentRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.OVERRUN_IMMINENT;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (!history.hasExpectedSessions()) {
            return Optional.empty();
        }
        int n = history.n();
        int expected = history.expectedSessions();
        if (n < expected - policy.overrunMarginSessions()
                || n > expected
                || discussedSince(history.expectedSetOn(), history)) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                "E=" + expected,
                n,
                expected,
                expected - n,
                policy.overrunMarginSessions()));
    }

    private static boolean discussedSince(LocalDate date, HistoryAsOf history) {
        return history.discussions().stream()
                .filter(d -> d.kind() == DiscussionKind.INTERVISION || d.kind() == DiscussionKind.TEAM)
                .anyMatch(d -> !d.date().isBefore(date));
    }
}
