package nl.afsluitwijzer.signal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.PageLinks;
import nl.afsluitwijzer.shared.PageRequest;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.signal.internal.CaseloadList;
import nl.afsluitwijzer.signal.internal.CaseloadQuery;
import nl.afsluitwijzer.signal.internal.Caseloads;
import nl.afsluitwijzer.signal.internal.SignalTexts;
import nl.afsluitwijzer.signal.internal.SignalView;
import nl.afsluitwijzer.treatment.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GET …/signals?asOf= and GET /api/v1/caseload?asOf=&page=&size=&sort=&dir=&signal=&phase=&therapist= (docs/api.md);
 * asOf defaults to today. The caseload is paged, so no answer grows with the practice.
 */
@RestController
class SignalApiController {

    private final Signals signals;
    private final SignalTexts texts;

    private final Clock clock;
    private final Caseloads caseloads;

    SignalApiController(Signals signals, SignalTexts texts, Clock clock, Caseloads caseloads) {
        this.caseloads = caseloads;
        this.signals = signals;
        this.texts = texts;
        this.clock = clock;
    }

    record SignalJson(
            SignalCode code,
            Severity severity,
            String title,
            String explanation,
            List<String> actions,
            boolean acknowledged) {

        static SignalJson of(SignalView view) {
            return new SignalJson(
                    view.code(),
                    view.severity(),
                    view.title(),
                    view.explanation(),
                    view.actions(),
                    view.acknowledged());
        }
    }

    record TreatmentSignalsJson(Long treatmentId, LocalDate asOf, List<SignalJson> signals) {}

    record CaseloadEntryJson(
            Long treatmentId,
            String clientReference,
            Phase phase,
            int n,
            @Nullable Integer expectedSessions,
            List<SignalJson> signals) {}

    /**
     * A page of the caseload: the treatments of the page, which page of how many (from 1), how many treatments all
     * pages hold, and the addresses of the first, previous, next and last page (absent where there is none).
     */
    record CaseloadJson(
            LocalDate asOf,
            List<CaseloadEntryJson> treatments,
            int page,
            int size,
            long total,
            int pages,
            Map<String, String> links) {}

    @GetMapping("/api/v1/treatments/{id}/signals")
    TreatmentSignalsJson signals(
            @PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        TreatmentSignals result = signals.forTreatment(CurrentUser.require(), id, date);
        return new TreatmentSignalsJson(id, date, json(result.signals(), locale));
    }

    @GetMapping("/api/v1/caseload")
    @Operation(
            summary = "The open treatments you may see (waiting list included), a page at a time, with their "
                    + "signals as of asOf: a therapist their own and shared ones, the manager the practice's. Ordered, "
                    + "filtered, counted and paged by the database; total is the number of treatments on all pages.")
    CaseloadJson caseload(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "The page, from 1 (default 1).") @RequestParam(required = false) Integer page,
            @Parameter(description = "Treatments per page, 1 to 200 (default 50).") @RequestParam(required = false)
                    Integer size,
            @Parameter(
                            description =
                                    "Order by id (default: the order of registration), client, phase, progress "
                                            + "(n / E), weeks, score, signals (an open risk item first, then ACTION, ATTENTION, INFO) or "
                                            + "therapist; ties by signals, then id. progress, weeks, score and signals only without asOf.",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "id",
                                                "client",
                                                "phase",
                                                "progress",
                                                "weeks",
                                                "score",
                                                "signals",
                                                "therapist"
                                            }))
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "asc (default) or desc.", schema = @Schema(allowableValues = {"asc", "desc"}))
                    @RequestParam(required = false)
                    String dir,
            @Parameter(description = "Only treatments with this signal (acknowledged or not); only without asOf.")
                    @RequestParam(required = false)
                    SignalCode signal,
            @Parameter(description = "Only treatments in this phase (REFERRED, INTAKE, TREATMENT or CLOSING).")
                    @RequestParam(required = false)
                    Phase phase,
            @Parameter(description = "Manager only: the treatments of this therapist (ignored for a therapist).")
                    @RequestParam(required = false)
                    Long therapist,
            Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf != null ? asOf : today;
        CaseloadQuery query = query(
                page, size, sort, dir, signal, phase, CurrentUser.require().isManager() ? therapist : null);
        if (Caseloads.needsToday(query) && !date.equals(today)) {
            throw DomainException.refused("api.error.caseload-state-today", query.column());
        }
        CaseloadList result = caseloads.list(CurrentUser.require(), query, date);
        List<CaseloadEntryJson> entries = result.entries().stream()
                .map(entry -> new CaseloadEntryJson(
                        entry.treatmentId(),
                        entry.clientReference(),
                        entry.phase(),
                        entry.attendedSessions(),
                        entry.expectedSessions(),
                        json(entry.signals(), locale)))
                .toList();
        return new CaseloadJson(
                date, entries, result.page(), result.size(), result.total(), result.pages(), links(result));
    }

    private static CaseloadQuery query(
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort,
            @Nullable String dir,
            @Nullable SignalCode signal,
            @Nullable Phase phase,
            @Nullable Long therapist) {
        PageRequest asked = PageRequest.strict(page, size);
        String column = sort == null ? "id" : sort;
        if (!CaseloadQuery.COLUMNS.contains(column)) {
            throw DomainException.refused(
                    "api.error.bad-choice", "sort", sort, String.join(", ", CaseloadQuery.COLUMNS));
        }
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            throw DomainException.refused("api.error.bad-choice", "dir", dir, "asc, desc");
        }
        if (phase != null && !phase.isOpen()) {
            throw DomainException.refused(
                    "api.error.bad-choice", "phase", phase.name(), "REFERRED, INTAKE, TREATMENT, CLOSING");
        }
        return new CaseloadQuery(
                therapist, signal, phase, true, column, "desc".equals(dir), asked.page(), asked.size());
    }

    /** The other pages' addresses: this request's with another page number. */
    private static Map<String, String> links(CaseloadList result) {
        return PageLinks.of(result.page(), result.pages(), SignalApiController::pageHref);
    }

    private static String pageHref(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    private List<SignalJson> json(List<Signal> signals, Locale locale) {
        return texts.views(signals, locale).stream().map(SignalJson::of).toList();
    }
}
