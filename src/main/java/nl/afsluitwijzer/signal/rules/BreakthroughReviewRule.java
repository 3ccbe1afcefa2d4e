package nl.afsluitwijzer.signal.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.Session;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * BREAKTHROUGH_REVIEW (ATTENTION), phase TREATMENT: the latest evaluation decided BREAKTHROUGH_ATTEMPT with a review
 * after k sessions, and at least k counted sessions are dated strictly after that evaluation: decide now whether to
 * stop or go on. A later evaluation (any decision) replaces it as the latest and so ends the signal; in the closing
 * phase it no longer applies (closing was decided).
 * Fingerprint: {@code evaluation=<date>;k=<k>}. Arguments: evaluation date, k, counted sessions since it, the date of
 * the k-th of them (the review point).
 */
public final class BreakthroughReviewRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.BREAKTHROUGH_REVIEW;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.TREATMENT);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        Optional<Evaluation> latest = history.latestEvaluation();
        if (latest.isEmpty()
                || latest.get().decision() != Decision.BREAKTHROUGH_ATTEMPT
                || latest.get().reviewAfterSessions() == null) {
            return Optional.empty();
        }
        Evaluation attempt = latest.get();
        int k = Objects.requireNonNull(attempt.reviewAfterSessions(), "set with BREAKTHROUGH_ATTEMPT");
        var since = history.countedSessions().stream()
                .filter(s -> s.date().isAfter(attempt.date()))
                .toList();
        if (since.size() < k) {
            return Optional.empty();
        }
        Session reviewPoint = since.get(k - 1);
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                "evaluation=" + attempt.date() + ";k=" + k,
                attempt.date(),
                k,
                since.size(),
                reviewPoint.date()));
    }
}
