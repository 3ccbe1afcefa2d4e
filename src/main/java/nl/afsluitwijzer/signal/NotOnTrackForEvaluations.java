package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.Optional;
import nl.afsluitwijzer.evaluation.NotOnTrackCheck;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the evaluation module whether NOT_ON_TRACK fires on a treatment on a date, with its numbers: the evaluation of
 * that date acknowledges it ({@link SignalAcknowledging}) and records the answers to the support questions. Also when
 * the signal was already acknowledged by hand with the choice "evaluation planned": the planned evaluation is where the questions
 * belong, as long as the client is still off track.
 */
@Component
class NotOnTrackForEvaluations implements NotOnTrackCheck {

    private final Signals signals;

    NotOnTrackForEvaluations(Signals signals) {
        this.signals = signals;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OffTrack> firesOn(TreatmentFile file, LocalDate date) {
        return signals.evaluate(TreatmentFiles.of(file), date).stream()
                .flatMap(treatment -> treatment.signals().stream())
                .filter(signal -> signal.code() == SignalCode.NOT_ON_TRACK)
                .findFirst()
                .map(signal -> new OffTrack(
                        ((Number) signal.messageArguments().get(0)).doubleValue(),
                        ((Number) signal.messageArguments().get(1)).intValue(),
                        ((Number) signal.messageArguments().get(2)).intValue()));
    }
}
