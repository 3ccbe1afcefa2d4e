package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.treatment.Phase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET …/signals?asOf= and GET /api/v1/caseload?asOf= (docs/api.md); asOf defaults to today. */
@RestController
class SignalApiController {

    private final Signals signals;
    private final SignalTexts texts;
    private final Clock clock;

    SignalApiController(Signals signals, SignalTexts texts, Clock clock) {
        this.signals = signals;
        this.texts = texts;
        this.clock = clock;
    }

    record SignalJson(SignalCode code, Severity severity, String title, String explanation, List<String> actions,
            boolean acknowledged) {

        static SignalJson of(SignalView view) {
            return new SignalJson(view.code(), view.severity(), view.title(), view.explanation(), view.actions(),
                    view.acknowledged());
        }
    }

    record TreatmentSignalsJson(Long treatmentId, LocalDate asOf, List<SignalJson> signals) {
    }

    record CaseloadEntryJson(Long treatmentId, String clientReference, Phase phase, int n, Integer expectedSessions,
            List<SignalJson> signals) {
    }

    record CaseloadJson(LocalDate asOf, List<CaseloadEntryJson> treatments) {
    }

    @GetMapping("/api/v1/treatments/{id}/signals")
    TreatmentSignalsJson signals(@PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        TreatmentSignals result = signals.forTreatment(id, date);
        return new TreatmentSignalsJson(id, date, json(result, locale));
    }

    @GetMapping("/api/v1/caseload")
    CaseloadJson caseload(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        List<CaseloadEntryJson> entries = signals.caseload(date, null).stream()
                .map(s -> new CaseloadEntryJson(s.file().id(), s.file().client().getReference(),
                        s.file().treatment().getPhase(), s.file().attendedSessions(date),
                        s.file().treatment().expectedSessions().orElse(null), json(s, locale)))
                .toList();
        return new CaseloadJson(date, entries);
    }

    private List<SignalJson> json(TreatmentSignals result, Locale locale) {
        return texts.views(result.signals(), locale).stream().map(SignalJson::of).toList();
    }
}
