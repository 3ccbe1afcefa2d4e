package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import org.jspecify.annotations.Nullable;

/**
 * LOW_ALLIANCE (ATTENTION): the latest evaluation rates working relationship or motivation at or below the
 * policy's threshold (5). Decision: a rating that is not given does not count as low.
 * Fingerprint: {@code evaluation=<date of the latest evaluation>}.
 * Arguments: evaluation date, relationship rated (0/1), relationship, motivation rated (0/1), motivation, threshold.
 */
public final class LowAllianceRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.LOW_ALLIANCE;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        int threshold = policy.lowRatingThreshold();
        return history.latestEvaluation()
                .filter(e -> isLow(e.allianceRating(), threshold) || isLow(e.motivationRating(), threshold))
                .map(e -> Signal.of(
                        code(),
                        Severity.ATTENTION,
                        "evaluation=" + e.date(),
                        e.date(),
                        rated(e.allianceRating()),
                        valueOf(e.allianceRating()),
                        rated(e.motivationRating()),
                        valueOf(e.motivationRating()),
                        threshold));
    }

    private static boolean isLow(@Nullable Integer rating, int threshold) {
        return rating != null && rating <= threshold;
    }

    private static int rated(@Nullable Integer rating) {
        return rating == null ? 0 : 1;
    }

    private static int valueOf(@Nullable Integer rating) {
        return rating == null ? 0 : rating;
    }
}
