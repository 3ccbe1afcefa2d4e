package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.signal.RiskAssessments;
import nl.afsluitwijzer.signal.RiskOutcome;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.internal.SignalTexts;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * At the top of the treatment page, above everything else: a risk item answered above its threshold (SUICIDE_ITEM),
 * the form to record the risk assessment, and the assessments recorded so far.
 */
@Component
class RiskPanel implements TreatmentPagePanel {

    private final Signals signals;
    private final RiskAssessments assessments;
    private final SignalTexts texts;
    private final Clock clock;

    RiskPanel(Signals signals, RiskAssessments assessments, SignalTexts texts, Clock clock) {
        this.signals = signals;
        this.assessments = assessments;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Column column() {
        return Column.TOP;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        List<RiskAssessments.Recorded> recorded = assessments.recordedFor(file.id());
        Optional<Signal> signal = Optional.empty();
        if (file.treatment().getPhase().isOpen()) {
            signal = signals.evaluate(TreatmentFiles.of(file), LocalDate.now(clock)).get(0).signals().stream()
                    .filter(s -> s.code() == SignalCode.SUICIDE_ITEM)
                    .findFirst();
        }
        if (signal.isEmpty() && recorded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("assessments", recorded);
        model.put("outcomes", RiskOutcome.values());
        model.put("open", file.treatment().getPhase().isOpen());
        signal.ifPresent(s -> model.put("signal", texts.view(s, LocaleContextHolder.getLocale())));
        return Optional.of(new Fragment("signal/risk", "panel", model));
    }
}
