package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The treatment's signals at the top of its page: why, what helps, the source, and acknowledging. */
@Component
class SignalPanel implements TreatmentPagePanel {

    private final Signals signals;
    private final SignalTexts texts;
    private final Clock clock;

    SignalPanel(Signals signals, SignalTexts texts, Clock clock) {
        this.signals = signals;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        if (!file.treatment().getPhase().isOpen()) {
            return Optional.empty();
        }
        var current = signals.evaluate(java.util.List.of(file), LocalDate.now(clock)).get(0);
        return Optional.of(new Fragment("signal/panel", "panel",
                Map.of("signals", texts.views(current.signals(), LocaleContextHolder.getLocale()))));
    }
}
