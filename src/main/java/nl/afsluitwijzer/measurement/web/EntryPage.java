package nl.afsluitwijzer.measurement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the entry page shows, and the texts the entry flow says: the preview and the message after saving. */
@Component
class EntryPage {

    static final String TEMPLATE = "measurement/entry";

    private final InstrumentCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    EntryPage(InstrumentCatalog catalog, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The asked instrument if known, else the treatment's primary one, else the first of the catalog. */
    Instrument instrument(@Nullable String code, TreatmentFile file) {
        return find(code)
                .or(() -> find(file.treatment().getPrimaryInstrument()))
                .orElseGet(() -> catalog.all().get(0));
    }

    Optional<Instrument> find(@Nullable String code) {
        return code == null ? Optional.empty() : catalog.find(code);
    }

    String render(
            Model model,
            TreatmentFile file,
            Instrument instrument,
            MeasurementForm form,
            Map<String, String> errors,
            Locale locale) {
        model.addAttribute("treatment", file.treatment());
        model.addAttribute("client", file.client());
        model.addAttribute("instrument", instrument);
        model.addAttribute("instruments", catalog.all());
        model.addAttribute("primaryCode", file.treatment().getPrimaryInstrument());
        model.addAttribute(
                "goals",
                file.goals().stream()
                        .filter(g -> g.getStatus() == GoalStatus.ACTIVE)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("preview", instrument.perGoal() ? "" : BandPreview.text(instrument, form, messages, locale));
        return TEMPLATE;
    }

    /** "PHQ-9 (depressie) op 23-11-2026: 14 (matig)", or for goal ratings how many goals were rated. */
    String saved(Instrument instrument, List<MeasurementRecord> saved, Locale locale) {
        MeasurementRecord first = saved.get(0);
        String name = instrument.name().in(locale);
        String date = DateTimeFormatter.ofPattern(text("measurement.chart.datePattern", locale), locale)
                .format(first.date());
        if (instrument.perGoal()) {
            return messages.getMessage("measurement.saved.goals", new Object[] {name, date, saved.size()}, locale);
        }
        String band = instrument.bands().stream()
                .filter(b -> b.code().equals(first.band()))
                .map(b -> b.label().in(locale).toLowerCase(locale))
                .findFirst()
                .orElse(null);
        return band == null
                ? messages.getMessage("measurement.saved.no-band", new Object[] {name, date, first.total()}, locale)
                : messages.getMessage("measurement.saved", new Object[] {name, date, first.total(), band}, locale);
    }

    MessageSource messages() {
        return messages;
    }

    String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
