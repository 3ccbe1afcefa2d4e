package nl.afsluitwijzer.insight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.insight.Insights;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.IndicatorReport;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The manager's dashboard, the indicators of a period with their footnotes and charts, and the drill-down. */
@Controller
class InsightController {

    /** The footnotes of the closing tables, after those of the rows. */
    static final List<String> CLOSING_NOTES = List.of(
            "insight.definition.closing-reason", "insight.definition.missing", "insight.definition.incomplete-reasons");

    private final Insights insights;
    private final UserAdministration users;
    private final FigureLabels labels;
    private final Clock clock;

    InsightController(Insights insights, UserAdministration users, FigureLabels labels, Clock clock) {
        this.insights = insights;
        this.users = users;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/inzicht")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Indicators> months = insights.thisAndPreviousMonth(CurrentUser.require(), today);
        model.addAttribute("tiles", DashboardTile.of(months.get(0), months.get(1)));
        model.addAttribute("month", months.get(0).period());
        model.addAttribute("previous", months.get(1).period());
        return "insight/dashboard";
    }

    @GetMapping("/inzicht/indicatoren")
    String indicators(PeriodForm form, Model model, Locale locale) {
        Period period = form.period(LocalDate.now(clock));
        IndicatorReport report = insights.report(CurrentUser.require(), period, form.therapist());
        Indicators indicators = report.indicators();
        model.addAttribute("indicators", indicators);
        List<IndicatorRow> rows = IndicatorRow.of(indicators);
        Map<String, Integer> notes = IndicatorRow.footnotes(rows, CLOSING_NOTES);
        model.addAttribute("rows", rows);
        model.addAttribute("notes", notes);
        model.addAttribute("byTherapist", report.byTherapist());
        model.addAttribute("references", report.clientReferences());
        model.addAttribute("names", therapistNames());
        model.addAttribute("therapists", therapists());
        model.addAttribute("form", form);
        model.addAttribute("period", period);
        model.addAttribute("reasonLabels", labels.reasons(locale));
        model.addAllAttributes(IndicatorCharts.all(
                indicators, labels, locale, n -> drillDown(Figure.SESSIONS + n, period, form.therapist())));
        return "insight/indicators";
    }

    @GetMapping("/inzicht/behandelingen")
    String treatments(
            @RequestParam(defaultValue = Figure.CLOSED) String figure, PeriodForm form, Model model, Locale locale) {
        if (!figure.matches("[A-Za-z0-9_.-]{1,60}")) {
            throw DomainException.refused("insight.figure.unknown");
        }
        Period period = form.period(LocalDate.now(clock));
        model.addAttribute("files", insights.behind(CurrentUser.require(), period, form.therapist(), figure));
        model.addAttribute(
                "waitStep", figure.startsWith("intake-") ? "intake" : figure.startsWith("start-") ? "start" : null);
        model.addAttribute("figureLabel", labels.label(figure, locale));
        model.addAttribute("definition", labels.definition(figure, locale));
        model.addAttribute("names", therapistNames());
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        return "insight/treatments";
    }

    static String drillDown(String figure, Period period, @Nullable Long therapist) {
        return UriComponentsBuilder.fromPath("/inzicht/behandelingen")
                .queryParam("figure", figure)
                .queryParam("from", period.from())
                .queryParam("to", period.to())
                .queryParamIfPresent("therapist", java.util.Optional.ofNullable(therapist))
                .build()
                .toUriString();
    }

    private List<UserAccount> therapists() {
        return users.usersOf(CurrentUser.require().practiceId()).stream()
                .filter(u -> u.getRole() != Role.ADMIN)
                .toList();
    }

    private Map<Long, String> therapistNames() {
        return users.usersOf(CurrentUser.require().practiceId()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }
}
