package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Discussion;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;

/**
 * LONG_RUNNING_MDO (ACTION): at least the policy's MDO days (365) since the start and no MDO review (an
 * evaluation or a discussion of kind MDO) dated on or after the as-of date minus those days.
 * Fingerprint: {@code lastReview=<date>} or {@code lastReview=none}.
 * Arguments: days since start, start date, reviewed before (0/1), days since the last review (0 when none), window.
 * Decision: in the CLOSING phase silent once closing was decided at an evaluation (why go on is answered: it ends).
 */
public final class LongRunningMdoRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.LONG_RUNNING_MDO;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.closingDecidedAtEvaluation()) {
            return Optional.empty();
        }
        long running = history.daysSince(history.startDate());
        int window = policy.mdoReviewDays();
        Optional<LocalDate> lastReview = lastReview(history);
        if (running < window
                || lastReview.filter(date -> history.daysSince(date) <= window).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                code(),
                Severity.ACTION,
                "lastReview=" + lastReview.map(LocalDate::toString).orElse("none"),
                running,
                history.startDate(),
                lastReview.isPresent() ? 1 : 0,
                lastReview.map(history::daysSince).orElse(0L),
                window));
    }

    private static Optional<LocalDate> lastReview(HistoryAsOf history) {
        Stream<LocalDate> evaluations = history.evaluations().stream()
                .filter(e -> e.kind() == EvaluationKind.MDO)
                .map(Evaluation::date);
        Stream<LocalDate> discussions = history.discussions().stream()
                .filter(d -> d.kind() == DiscussionKind.MDO)
                .map(Discussion::date);
        return Stream.concat(evaluations, discussions).max(LocalDate::compareTo);
    }
}
