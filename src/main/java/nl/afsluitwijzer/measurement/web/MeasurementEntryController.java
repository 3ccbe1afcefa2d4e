package nl.afsluitwijzer.measurement.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementRefused;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering a measurement: a questionnaire by its items or its total, or the GBO ratings of the goals. The page
 * works without JavaScript; with htmx the band is shown as the answers change.
 */
@Controller
@RequestMapping("/behandelingen/{id}/metingen")
class MeasurementEntryController {

    static final String SAVED = "measurementSaved";

    private final Treatments treatments;
    private final Measurements measurements;
    private final EntryPage page;

    MeasurementEntryController(Treatments treatments, Measurements measurements, EntryPage page) {
        this.treatments = treatments;
        this.measurements = measurements;
        this.page = page;
    }

    @GetMapping("/nieuw")
    String form(
            @PathVariable Long id,
            @RequestParam(required = false) @Nullable String instrument,
            Model model,
            Locale locale) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        file.treatment().requireOpen();
        Instrument chosen = page.instrument(instrument, file);
        return page.render(model, file, chosen, MeasurementForm.empty(chosen.code(), page.today()), Map.of(), locale);
    }

    @PostMapping
    String save(
            @PathVariable Long id,
            MeasurementForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        TreatmentFile file = treatments.open(CurrentUser.require(), id);
        Instrument instrument = page.instrument(form.instrument(), file);
        Map<String, String> errors = FormErrors.of(binding, instrument, form, locale, page);
        List<NewMeasurement> entered = form.toMeasurements(instrument);
        if (instrument.perGoal() && entered.isEmpty() && errors.isEmpty()) {
            errors.put("goals", page.text("measurement.entry.goals.none-rated", locale));
        }
        if (errors.isEmpty()) {
            try {
                List<MeasurementRecord> saved = measurements.record(CurrentUser.require(), id, entered);
                redirect.addFlashAttribute(SAVED, page.saved(instrument, saved, locale));
                return "redirect:/behandelingen/" + id + "#metingen";
            } catch (MeasurementRefused refused) {
                errors.put(FormErrors.fieldOf(refused), page.text(refused.messageKey(), locale, refused.arguments()));
            }
        }
        return page.render(model, file, instrument, form, errors, locale);
    }

    /** The htmx preview: the total and its band for the answers so far. */
    @PostMapping("/band")
    String band(@PathVariable Long id, MeasurementForm form, BindingResult binding, Model model, Locale locale) {
        treatments.require(CurrentUser.require(), id);
        Instrument instrument = page.find(form.instrument())
                .orElseThrow(() ->
                        DomainException.refused("measurement.instrument.unknown", String.valueOf(form.instrument())));
        model.addAttribute(
                "preview", binding.hasErrors() ? "" : BandPreview.text(instrument, form, page.messages(), locale));
        return EntryPage.TEMPLATE + " :: preview";
    }
}
