package nl.afsluitwijzer.signal.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import java.util.Optional;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;

/**
 * EVALUATION_WITHOUT_MEASUREMENT (INFO): the latest evaluation has no primary measurement within 14 days of it.
 * Decision: 14 days either side, inclusive; a measurement dated after the as-of date does not count yet.
 * Fingerprint: {@code evaluation=<date of the latest evaluation>}.
 * Arguments: the evaluation's date, the window in days.
 */
public final class EvaluationWithoutMeasurementRule implements SignalRule {

    static final int WINDOW_DAYS = 14;

    @Override
    public SignalCode code() {
        return SignalCode.EVALUATION_WITHOUT_MEASUREMENT;
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        return history.latestEvaluation()
                .filter(evaluation -> !measuredNear(history, evaluation))
                .map(evaluation -> Signal.of(
                        code(), Severity.INFO, "evaluation=" + evaluation.date(), evaluation.date(), WINDOW_DAYS));
    }

    private static boolean measuredNear(HistoryAsOf history, Evaluation evaluation) {
        return history.measurements().stream()
                .anyMatch(m -> Math.abs(DAYS.between(m.date(), evaluation.date())) <= WINDOW_DAYS);
    }
}
