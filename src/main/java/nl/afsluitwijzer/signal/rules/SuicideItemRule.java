package nl.afsluitwijzer.signal.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.RiskAnswer;
import nl.afsluitwijzer.signal.TreatmentHistory.RiskAssessment;
import nl.afsluitwijzer.signal.TreatmentHistory.RiskCheck;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * SUICIDE_ITEM (ACTION): a risk item of an instrument definition (PHQ-9 item 9, thoughts of death or self-harm, or a
 * practice's own) was answered above its threshold in a measurement with item answers, by the therapist or by the
 * client through the client link.
 * <ul>
 * <li>It fires, open, when any such measurement is dated strictly after the latest risk assessment (or there is no
 * risk assessment at all): a raised answer is never silently overtaken by a later, calmer questionnaire.</li>
 * <li>Otherwise it stays visible, acknowledged (struck through), while the latest measurement with item answers of an
 * instrument with risk items still has a risk item above its threshold: the assessment is recorded, the risk is
 * still reported.</li>
 * <li>It ends when every raised answer is assessed and the latest measurement of each such instrument is below.</li>
 * </ul>
 * A risk assessment dated on the same day as the measurement counts as after it. Only a recorded risk assessment
 * acknowledges it, never an explicit acknowledgement. Measurements entered as a total only have no item answers and
 * are left out. It applies in every open phase, the waiting list and intake included.
 * Fingerprint: the measurement the signal is about, e.g. {@code PHQ9@2025-03-03:item9=2}.
 * Arguments: instrument code, item number, answer, date of the measurement, the item's threshold.
 */
public final class SuicideItemRule implements SignalRule {

    @Override
    public SignalCode code() {
        return SignalCode.SUICIDE_ITEM;
    }

    @Override
    public Set<TreatmentPhase> phases() {
        return Set.of(TreatmentPhase.REFERRED, TreatmentPhase.INTAKE, TreatmentPhase.TREATMENT, TreatmentPhase.CLOSING);
    }

    @Override
    public Optional<Signal> evaluate(HistoryAsOf history, SignalPolicy policy) {
        Optional<LocalDate> assessedOn = history.latestRiskAssessment().map(RiskAssessment::date);
        RiskCheck unassessed = null;
        Map<String, RiskCheck> latestByInstrument = new HashMap<>();
        for (RiskCheck check : history.riskChecks()) {
            latestByInstrument.put(check.instrument(), check);
            if (check.raised() && (assessedOn.isEmpty() || check.date().isAfter(assessedOn.get()))) {
                unassessed = check;
            }
        }
        if (unassessed != null) {
            return Optional.of(signal(unassessed));
        }
        RiskCheck stillRaised = null;
        for (RiskCheck check : history.riskChecks()) {
            if (latestByInstrument.get(check.instrument()) == check && check.raised()) {
                stillRaised = check;
            }
        }
        return Optional.ofNullable(stillRaised).map(check -> signal(check).acknowledge());
    }

    private Signal signal(RiskCheck check) {
        RiskAnswer answer = check.firstRaised();
        return Signal.of(
                code(),
                Severity.ACTION,
                check.instrument() + "@" + check.date() + ":item" + answer.item() + "=" + answer.answer(),
                check.instrument(),
                answer.item(),
                answer.answer(),
                check.date(),
                answer.riskAbove());
    }
}
