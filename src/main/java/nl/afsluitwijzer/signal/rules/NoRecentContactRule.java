package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;

/**
 * NO_RECENT_CONTACT (ATTENTION): the last attended session (any kind) is more than the policy's days (42)
 * before the as-of date. Decision: without any attended session, count from the start date.
 * Fingerprint: {@code lastContact=<date>} or {@code start=<date>}.
 * Arguments: days without contact, that date, attended a session (0/1), the policy's days.
 */
public final class NoRecentContactRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.NO_RECENT_CONTACT;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        boolean attended = !history.attendedSessions().isEmpty();
        LocalDate since =
                attended ? HistoryAsOf.last(history.attendedSessions()).date() : history.startDate();
        long days = history.daysSince(since);
        if (days <= policy.noContactDays()) {
            return Optional.empty();
        }
        String fingerprint = (attended ? "lastContact=" : "start=") + since;
        return Optional.of(Signal.of(
                code(), Severity.ATTENTION, fingerprint, days, since, attended ? 1 : 0, policy.noContactDays()));
    }
}
