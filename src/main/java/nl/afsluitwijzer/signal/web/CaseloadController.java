package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.PageRequest;
import nl.afsluitwijzer.shared.Pager;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.internal.CaseloadEntry;
import nl.afsluitwijzer.signal.internal.CaseloadPage;
import nl.afsluitwijzer.signal.internal.CaseloadQuery;
import nl.afsluitwijzer.signal.internal.CaseloadSortPreferences;
import nl.afsluitwijzer.signal.internal.Caseloads;
import nl.afsluitwijzer.signal.internal.SignalTexts;
import nl.afsluitwijzer.treatment.Phase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The therapist's home page: every open treatment with n / E, weeks running and its signal chips,
 * "Actie nodig" first, filters by signal and phase; the waiting list below. The manager sees the practice, 50 rows
 * a page (the database filters, orders, counts and pages it), the first 50 of the waiting list with its total.
 */
@Controller
class CaseloadController {

    private final SignalTexts texts;
    private final UserAdministration users;
    private final CaseloadSortPreferences preferences;
    private final Clock clock;
    private final Caseloads caseloads;

    CaseloadController(
            SignalTexts texts,
            UserAdministration users,
            CaseloadSortPreferences preferences,
            Clock clock,
            Caseloads caseloads) {
        this.caseloads = caseloads;
        this.preferences = preferences;
        this.texts = texts;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(
            @RequestParam(required = false) Long therapist,
            @RequestParam(required = false) SignalCode signal,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            Model model,
            Locale locale) {
        CurrentUser user = CurrentUser.require();
        CaseloadSort order =
                rememberedOrder(CaseloadSort.parse(sort, dir), user.id()).forManager(user.isManager());
        LocalDate today = LocalDate.now(clock);
        List<UserAccount> practiceUsers = users.usersOf(user.practiceId());
        Map<Long, String> names =
                practiceUsers.stream().collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        if (user.isManager()) {
            practicePage(
                    new Filters(therapist, signal, phase),
                    order,
                    PageRequest.parse(page, size),
                    names,
                    today,
                    model,
                    locale);
        } else {
            ownCaseload(signal, phase, order, names, today, model, locale);
        }
        model.addAttribute("manager", user.isManager());
        model.addAttribute(
                "therapists",
                practiceUsers.stream().filter(u -> u.getRole() != Role.ADMIN).toList());
        model.addAttribute("therapistFilter", therapist);
        model.addAttribute("signalFilter", signal);
        model.addAttribute("phaseFilter", phase);
        model.addAttribute("signalCodes", SignalCode.values());
        model.addAttribute("phases", List.of(Phase.INTAKE, Phase.TREATMENT, Phase.CLOSING));
        model.addAttribute("today", today);
        model.addAttribute("headers", headers(order, user.isManager(), therapist, signal, phase));
        return "signal/caseload";
    }

    /** The filters of the address, kept by every link that sorts or pages. */
    private record Filters(Long therapist, SignalCode signal, Phase phase) {}

    /**
     * A therapist's own caseload (their own and shared treatments: it does not grow with the practice), its rows
     * from the stored signal state ({@link Caseloads#whole}), filtered and ordered in memory, all on one page.
     */
    private void ownCaseload(
            SignalCode signal,
            Phase phase,
            CaseloadSort order,
            Map<Long, String> names,
            LocalDate today,
            Model model,
            Locale locale) {
        List<CaseloadRow> rows = caseloads.whole(CurrentUser.require()).stream()
                .map(entry ->
                        CaseloadRow.of(entry, texts.chips(entry.signals(), locale), names.get(entry.therapistId())))
                .toList();
        List<CaseloadRow> active = rows.stream()
                .filter(r -> r.entry().phase() != Phase.REFERRED)
                .filter(r -> phase == null || r.entry().phase() == phase)
                .filter(r -> signal == null || r.signals().stream().anyMatch(v -> v.code() == signal))
                .sorted(order.comparator(locale))
                .toList();
        List<CaseloadRow> waiting = rows.stream()
                .filter(r -> r.entry().phase() == Phase.REFERRED)
                .sorted(Comparator.comparing(r -> r.entry().registrationDate()))
                .toList();
        model.addAttribute("active", active);
        model.addAttribute("activeTotal", active.size());
        model.addAttribute("waiting", waiting);
        model.addAttribute("waitingTotal", waiting.size());
        model.addAttribute("risks", rows.stream().filter(CaseloadRow::risk).toList());
        model.addAttribute("counts", counts(rows));
        model.addAttribute(
                "openCount",
                rows.stream().filter(r -> r.entry().phase() != Phase.REFERRED).count());
    }

    /**
     * The manager's caseload of the practice (or of one therapist), a page at a time: filtered, ordered, counted and
     * paged by the database ({@link Caseloads}). A page past the last shows the last, with a message.
     */
    private void practicePage(
            Filters filters,
            CaseloadSort order,
            PageRequest asked,
            Map<Long, String> names,
            LocalDate today,
            Model model,
            Locale locale) {
        CaseloadPage result = caseloads.page(CurrentUser.require(), query(filters, order, asked));
        PageRequest shown = asked;
        if (result.rows().isEmpty() && asked.page() > result.pages()) {
            shown = asked.withPage(result.pages(), "pager.beyond-last");
            result = caseloads.page(CurrentUser.require(), query(filters, order, shown));
        }
        java.util.function.Function<CaseloadEntry, CaseloadRow> row =
                entry -> CaseloadRow.of(entry, texts.chips(entry.signals(), locale), names.get(entry.therapistId()));
        model.addAttribute("active", result.rows().stream().map(row).toList());
        model.addAttribute("activeTotal", result.total());
        model.addAttribute("waiting", result.waiting().stream().map(row).toList());
        model.addAttribute("waitingTotal", result.waitingTotal());
        model.addAttribute("risks", result.risks().stream().map(row).toList());
        model.addAttribute("counts", result.counts());
        model.addAttribute("openCount", result.openCount());
        int size = shown.size();
        model.addAttribute(
                "pager",
                Pager.of(
                        result.page(), size, result.rows().size(), result.total(), p -> href(filters, order, p, size)));
        model.addAttribute("pageProblem", shown.problemKey());
    }

    private static CaseloadQuery query(Filters filters, CaseloadSort order, PageRequest page) {
        return new CaseloadQuery(
                filters.therapist(),
                filters.signal(),
                filters.phase(),
                false,
                order.column().parameter(),
                order.descending(),
                page.page(),
                page.size());
    }

    /** The address of a page of the manager's caseload with the same filters, order and page size. */
    private static String href(Filters filters, CaseloadSort order, int page, int size) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/caseload")
                .queryParam("sort", order.column().parameter())
                .queryParam("dir", order.direction());
        if (filters.therapist() != null) {
            href.queryParam("therapist", filters.therapist());
        }
        if (filters.signal() != null) {
            href.queryParam("signal", filters.signal().name());
        }
        if (filters.phase() != null) {
            href.queryParam("phase", filters.phase().name());
        }
        if (size != PageRequest.DEFAULT_SIZE) {
            href.queryParam("size", size);
        }
        return href.queryParam("page", page).build().toUriString() + "#active-title";
    }

    /**
     * The order asked for is remembered as the user's preference (kept across sign-ins; a session ends after half
     * an hour without activity, shorter than a therapist's consultation) and applies until another is asked for.
     */
    private CaseloadSort rememberedOrder(@Nullable CaseloadSort asked, Long userId) {
        if (asked != null) {
            preferences.remember(
                    userId,
                    new CaseloadSortPreferences.Preference(asked.column().parameter(), asked.descending()));
            return asked;
        }
        return preferences
                .of(userId)
                .map(p -> CaseloadSort.parse(p.column(), p.descending() ? "desc" : "asc"))
                .orElse(CaseloadSort.DEFAULT);
    }

    /** The column headers in the table's order, each a link to sort by it that keeps the filters. */
    private static List<SortHeader> headers(
            CaseloadSort order, boolean manager, Long therapist, SignalCode signal, Phase phase) {
        List<CaseloadSort.Column> columns = new ArrayList<>(List.of(
                CaseloadSort.Column.CLIENT,
                CaseloadSort.Column.PHASE,
                CaseloadSort.Column.PROGRESS,
                CaseloadSort.Column.WEEKS,
                CaseloadSort.Column.SCORE,
                CaseloadSort.Column.SIGNALS));
        if (manager) {
            columns.add(CaseloadSort.Column.THERAPIST);
        }
        return columns.stream()
                .map(column -> {
                    CaseloadSort next = order.next(column);
                    UriComponentsBuilder href = UriComponentsBuilder.fromPath("/caseload")
                            .queryParam("sort", column.parameter())
                            .queryParam("dir", next.direction());
                    if (manager && therapist != null) {
                        href.queryParam("therapist", therapist);
                    }
                    if (signal != null) {
                        href.queryParam("signal", signal.name());
                    }
                    if (phase != null) {
                        href.queryParam("phase", phase.name());
                    }
                    return new SortHeader(
                            column.parameter(),
                            "caseload." + column.parameter(),
                            href.build().toUriString() + "#active-title",
                            order.ariaSort(column));
                })
                .toList();
    }

    /** How many treatments have an unacknowledged signal of each severity. */
    private static Map<Severity, Long> counts(List<CaseloadRow> rows) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(
                    severity,
                    rows.stream()
                            .filter(r ->
                                    r.signals().stream().anyMatch(v -> !v.acknowledged() && v.severity() == severity))
                            .count());
        }
        return counts;
    }
}
