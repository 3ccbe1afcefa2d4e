package nl.afsluitwijzer.signal.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Session;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * NO_FADING_OUT (INFO): phase CLOSING, at least 3 attended sessions on or after the day CLOSING was entered,
 * and their mean interval in days is at most that of the counted sessions before it (which needs at least 2).
 * Fingerprint: {@code closing=<date CLOSING was entered>}: one decision covers the closing phase.
 * Arguments: closing sessions, their mean interval, the treatment phase's mean interval (days, one decimal).
 */
public final class NoFadingOutRule implements SignalRule {

    static final int MIN_CLOSING_SESSIONS = 3;

    @Override
    public SignalCode code() {
        return SignalCode.NO_FADING_OUT;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.CLOSING);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        LocalDate closingFrom = history.phaseEnteredOn();
        List<Session> closing = history.attendedSessions().stream()
                .filter(s -> !s.date().isBefore(closingFrom))
                .collect(Collectors.toList());
        List<Session> before = history.countedSessions().stream()
                .filter(s -> s.date().isBefore(closingFrom))
                .collect(Collectors.toList());
        if (closing.size() < MIN_CLOSING_SESSIONS || before.size() < 2) {
            return Optional.empty();
        }
        double closingInterval = meanInterval(closing);
        double treatmentInterval = meanInterval(before);
        if (closingInterval > treatmentInterval) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                code(), Severity.INFO, "closing=" + closingFrom, closing.size(), closingInterval, treatmentInterval));
    }

    private static double meanInterval(List<Session> sessions) {
        long days =
                DAYS.between(sessions.get(0).date(), HistoryAsOf.last(sessions).date());
        return (double) days / (sessions.size() - 1);
    }
}
