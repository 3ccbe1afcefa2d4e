package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;

/**
 * LONG_RUNNING_COLLEAGUE (ACTION): at least the policy's colleague days (730) since the start and no
 * evaluation with a colleague present in the last year.
 * Decision: "the last year" is the policy's MDO review period (365 days), dated on or after as-of minus it.
 * Fingerprint: {@code lastColleague=<date>} or {@code lastColleague=none}.
 * Arguments: days since start, start date, colleague present before (0/1), days since then (0 when never), window.
 * Decision: in the CLOSING phase silent once closing was decided at an evaluation.
 */
public final class LongRunningColleagueRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.LONG_RUNNING_COLLEAGUE;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.closingDecidedAtEvaluation()) {
            return Optional.empty();
        }
        long running = history.daysSince(history.startDate());
        int window = policy.mdoReviewDays();
        Optional<LocalDate> lastWithColleague = history.evaluations().stream()
                .filter(Evaluation::colleaguePresent)
                .map(Evaluation::date)
                .max(LocalDate::compareTo);
        if (running < policy.colleagueDays()
                || lastWithColleague.filter(d -> history.daysSince(d) <= window).isPresent()) {
            return Optional.empty();
        }
        String fingerprint =
                "lastColleague=" + lastWithColleague.map(LocalDate::toString).orElse("none");
        return Optional.of(Signal.of(
                code(),
                Severity.ACTION,
                fingerprint,
                running,
                history.startDate(),
                lastWithColleague.isPresent() ? 1 : 0,
                lastWithColleague.map(history::daysSince).orElse(0L),
                window));
    }
}
