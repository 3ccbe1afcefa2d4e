package nl.afsluitwijzer.signal.rules;

import java.util.Optional;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Expected;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;

/**
 * NOT_ON_TRACK (ATTENTION): the latest primary measurement, taken at treatment session k ≥ {@value #FROM_SESSION},
 * lies strictly beyond the worse edge of the expected band for the treatment's baseline at k (less progress than
 * 9 in 10 comparable clients; docs/expected-course.md). A score exactly on the edge is inside the band. The band
 * comes in with the measurement, computed by the caller; a measurement without one (the baseline, a baseline taken
 * after the first session) never fires. Which edge is worse follows the instrument's direction.
 * Fingerprint: {@code latest=<date>:<total>}, so each new measurement still off track asks for a fresh decision.
 * Arguments: expected score, session k, latest total, latest date, the worse edge, baseline total, 1 when learned
 * from the practice (0 for the default curve).
 * Decision: silent once closing was decided at an evaluation (the question "go on like this?" was answered).
 */
public final class NotOnTrackRule implements SignalRule {

    /** Before the third session a course says too little: early sessions vary most (Lambert; Lutz). */
    static final int FROM_SESSION = 3;

    @Override
    public SignalCode code() {
        return SignalCode.NOT_ON_TRACK;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        if (history.closingDecidedAtEvaluation()
                || history.thresholds().isEmpty()
                || history.measurements().size() < 2) {
            return Optional.empty();
        }
        Measurement latest = HistoryAsOf.last(history.measurements());
        Expected expected = latest.expected();
        if (expected == null || expected.session() < FROM_SESSION) {
            return Optional.empty();
        }
        boolean lowerIsBetter = history.thresholds().get().direction() == Direction.LOWER_IS_BETTER;
        double worseEdge = lowerIsBetter ? expected.high() : expected.low();
        boolean beyond = lowerIsBetter ? latest.total() > worseEdge : latest.total() < worseEdge;
        if (!beyond) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(
                code(),
                Severity.ATTENTION,
                "latest=" + latest.date() + ":" + latest.total(),
                tenths(expected.expected()),
                expected.session(),
                latest.total(),
                latest.date(),
                tenths(worseEdge),
                history.measurements().get(0).total(),
                expected.learned() ? 1 : 0));
    }

    /** Shown and returned to one decimal, as a therapist reads it. */
    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
