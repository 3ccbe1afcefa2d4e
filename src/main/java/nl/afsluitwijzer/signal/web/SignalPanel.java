package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.signal.Acknowledgements;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import nl.afsluitwijzer.signal.internal.SignalTexts;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The treatment's signals at the top of its page: why, what helps, the source, and acknowledging. */
@Component
class SignalPanel implements TreatmentPagePanel {

    private final Signals signals;
    private final SignalTexts texts;
    private final Clock clock;
    private final Acknowledgements acknowledgements;

    SignalPanel(Signals signals, SignalTexts texts, Clock clock, Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
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
        var current =
                signals.evaluate(TreatmentFiles.of(file), LocalDate.now(clock)).get(0);
        List<Acknowledgements.Shown> recorded = acknowledgements.shownFor(file.id());
        Map<SignalCode, Acknowledgements.Shown> answering = new EnumMap<>(SignalCode.class);
        for (Signal signal : current.signals()) {
            if (signal.acknowledged()) {
                recorded.stream()
                        .filter(a ->
                                a.code() == signal.code() && a.fingerprint().equals(signal.fingerprint()))
                        .findFirst()
                        .ifPresent(a -> answering.put(signal.code(), a));
            }
        }
        Map<SignalCode, List<AcknowledgementChoice>> choices = new EnumMap<>(SignalCode.class);
        current.signals().forEach(s -> choices.put(s.code(), AcknowledgementChoice.forCode(s.code())));
        return Optional.of(new Fragment(
                "signal/panel",
                "panel",
                Map.of(
                        "signals",
                        texts.views(current.signals(), LocaleContextHolder.getLocale()),
                        "choices",
                        choices,
                        "answering",
                        answering,
                        "explicit",
                        recorded.stream()
                                .filter(a -> a.via() == Acknowledgements.Via.EXPLICIT)
                                .toList())));
    }
}
