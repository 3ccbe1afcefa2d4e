package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.insight.Norm1Reports;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Norm1Content;
import nl.afsluitwijzer.insight.internal.Norm1Report;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.QuarterTrend;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.intervision.ImprovementFixtures;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.TwoFactorUsers;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The Norm 1 report of the demo practice, with a treatment extended (two reasons) and closed through an incomplete
 * checklist, and intervision actions of every kind added: generated through the page, kept, downloaded, and read back with PDFBox. Every figure
 * of the indicators is in it beside its label. The PDF is kept in target/pdf to look at (pdftoppm makes pictures).
 */
@IntegrationTest
class Norm1ReportTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final String MISSING_REASON = "Huisarts krijgt de brief na de laatste afspraak";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    Norm1Reports reports;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    ClosingPlans plans;

    @Autowired
    Evaluations evaluations;

    @Autowired
    ImprovementFixtures improvements;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditLog audit;

    @Autowired
    Policies policies;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    Clock clock;

    Period period;
    String tag;

    @BeforeEach
    void aClosingWithItemsMissingAndImprovementsFromIntervision() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
        period = new Period(LocalDate.of(2026, 1, 1), today);
        Treatment treatment = closingFixtures.goalReached();
        fixtures.as("behandelaar", () -> {
            evaluations.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    new NewEvaluation(
                            ClosingFixtures.LAST_SESSION,
                            EvaluationKind.INTERIM,
                            7,
                            6,
                            false,
                            List.of(),
                            null,
                            null,
                            Decision.CONTINUE,
                            14,
                            Set.of(ExtensionReason.FEAR_OF_RELAPSE, ExtensionReason.PRODUCTION_PRESSURE),
                            null,
                            null,
                            null));
            plans.start(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.LAST_SESSION);
        });
        closingFixtures.close(treatment, ClosingReason.GOAL_REACHED, Handover.none(), MISSING_REASON);
        tag = " #" + System.nanoTime();
        improvements.recordOfEachKind(
                accounts.findByUsername("manager").orElseThrow().toCurrentUser(), tag);
    }

    @Test
    void theReportHasTheCoverPolicyNarrativeEveryFigureTheQuarterlyTrendAndTheImprovementActions() throws Exception {
        String narrative = "Wij evalueren elke casus halverwege met het hele team" + tag + ".";
        byte[] pdf = generate(narrative);
        PdfPages.save("norm1-report", pdf);
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Keurmerk Kortdurende GGZ",
                        "Norm 1: tijdig afsluiten",
                        "Praktijk De Wissel",
                        "1 januari 2026 tot en met " + longDate(period.to()),
                        "Gemaakt op " + longDate(period.to()));
        assertThat(text)
                .contains(
                        "vraagt aanbieders te laten zien dat en hoe de behandelaar behandelingen zo "
                                + "tijdig mogelijk afsluit",
                        "Tijdig afsluiten is het afronden van een behandeling");
        Policy policy = policies.inForce(
                accounts.findByUsername("manager").orElseThrow().getPracticeId(), period.to());
        assertThat(text)
                .contains(
                        "standaard " + policy.expectedStandard() + ", bij complexere problematiek "
                                + policy.expectedComplex(),
                        "bij E = " + policy.expectedStandard() + " uiterlijk bij sessie "
                                + (policy.expectedStandard() + 1) / 2,
                        "elke " + policy.measureEverySessions() + " sessies",
                        "vanaf " + policy.overrunMargin() + " sessies vóór E",
                        policy.plateauMeasurements() + " metingen over ten minste " + policy.plateauMinDays()
                                + " dagen",
                        "Is er " + policy.noContactDays() + " dagen geen sessie geweest",
                        "langer dan " + policy.mdoReviewDays() + " dagen",
                        "na " + policy.colleagueReviewDays() + " dagen evalueert een collega mee",
                        narrative);
        assertThat(text)
                .contains(
                        ImprovementFixtures.PRINCIPLE + tag,
                        ImprovementFixtures.PLEDGE + tag,
                        "Handelingsoptie (casusbespreking) – Organisatie",
                        ImprovementFixtures.ACTION + tag,
                        ImprovementFixtures.INSIGHT + tag,
                        ImprovementFixtures.LESSON + tag,
                        MISSING_REASON);
        assertThat(text)
                .doesNotContain(
                        ImprovementFixtures.HIDDEN + tag, ImprovementFixtures.NOT_CHOSEN + tag, "Collega Jansen");

        Norm1Content content = asManager(() -> reports.content(CurrentUser.require(), period));
        figuresOf(content)
                .forEach(figure ->
                        assertThat(text).as("a figure beside its label").contains(figure));
        assertThat(content.quarters()).extracting(q -> q.quarter()).containsExactly(1, 2, 3, 4);
        assertThat(PdfPages.formXObjects(pdf))
                .as("the charts, drawn as vector graphics")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void generatingIsLoggedAsPrintAndEachDownloadAsExport() throws Exception {
        generate("Onze eigen woorden" + tag);
        Norm1Report kept = asManager(() -> reports.list(CurrentUser.require())).get(0);
        MvcResult download = mvc.perform(
                        get("/inzicht/norm1/" + kept.id()).with(user(users.loadUserByUsername("manager"))))
                .andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(kept.fileName());
        assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(kept.fileName()).isEqualTo("Norm1-rapport-2026-01-01-" + period.to() + ".pdf");
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, "manager", null, null));
        assertThat(entries)
                .filteredOn(e -> "NORM1_REPORT".equals(e.objectType())
                        && String.valueOf(kept.id()).equals(e.objectId()))
                .extracting(AuditEntry::action)
                .contains(AuditAction.PRINT, AuditAction.EXPORT);
    }

    @Test
    void aStaleNarrativeIsRefusedAndTheManagersTextKept() throws Exception {
        Integer seen = asManager(() -> reports.narrative(CurrentUser.require())).version();
        asManager(() -> reports.saveNarrative(CurrentUser.require(), "Iemand anders was eerder" + tag, seen));
        MvcResult result = mvc.perform(post("/inzicht/norm1")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager")))
                        .param("from", "2026-01-01")
                        .param("to", period.to().toString())
                        .param("narrative", "Mijn versie" + tag)
                        .param("version", seen == null ? "" : seen.toString()))
                .andReturn();
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Iemand anders heeft de tekst intussen opgeslagen", "Mijn versie" + tag);
        assertThat(asManager(() -> reports.narrative(CurrentUser.require())).text())
                .isEqualTo("Iemand anders was eerder" + tag);
    }

    @Test
    void onlyTheManagerOfThePracticeReachesThePageAndItsReports() throws Exception {
        generate("Alleen voor de praktijkhouder" + tag);
        String pdf = "/inzicht/norm1/"
                + asManager(() -> reports.list(CurrentUser.require())).get(0).id();
        for (String url : List.of("/inzicht/norm1", pdf)) {
            MvcResult anonymous = mvc.perform(get(url)).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as(url).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).as(url).contains("/login");
            assertThat(status(get(url), "behandelaar")).as(url).isEqualTo(403);
            assertThat(status(get(url), "beheer")).as(url).isEqualTo(403);
            assertThat(status(get(url), "manager")).as(url).isEqualTo(200);
        }
        assertThat(status(post("/inzicht/norm1").with(csrf()).param("narrative", "Niet van mij"), "behandelaar"))
                .isEqualTo(403);
        assertThat(mvc.perform(post("/inzicht/norm1")
                                .param("narrative", "Zonder token")
                                .with(user(users.loadUserByUsername("manager"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without a CSRF token")
                .isEqualTo(403);

        Practice other = practices.save(new Practice("Andere praktijk" + tag));
        TestUser otherManager =
                new TwoFactorUsers(administration, secondFactors, clock).withSecondFactor(other.getId(), Role.MANAGER);
        assertThat(status(get(pdf), otherManager.username()))
                .as("another practice's report")
                .isEqualTo(404);
        String otherPage = mvc.perform(
                        get("/inzicht/norm1").with(user(users.loadUserByUsername(otherManager.username()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(otherPage).doesNotContain(pdf);
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
            throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** Posts "Nieuw rapport" with the current version of the narrative, then downloads the newest kept report. */
    private byte[] generate(String narrative) throws Exception {
        Integer version =
                asManager(() -> reports.narrative(CurrentUser.require())).version();
        MvcResult posted = mvc.perform(post("/inzicht/norm1")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager")))
                        .param("from", period.from().toString())
                        .param("to", period.to().toString())
                        .param("narrative", narrative)
                        .param("version", version == null ? "" : version.toString()))
                .andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/inzicht/norm1");
        Norm1Report kept = asManager(() -> reports.list(CurrentUser.require())).get(0);
        assertThat(kept.period()).isEqualTo(period);
        return mvc.perform(get("/inzicht/norm1/" + kept.id()).with(user(users.loadUserByUsername("manager"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Every figure of the report as the PDF writes it, each with its label in front. */
    private List<String> figuresOf(Norm1Content content) {
        Indicators indicators = content.report().indicators();
        List<String> figures = new ArrayList<>();
        for (IndicatorRow row : IndicatorRow.of(indicators)) {
            String value = value(row.value(), row.unit());
            figures.add(text(row.labelKey()) + " " + value
                    + (row.of() == null ? "" : " " + row.count() + " van " + row.of()));
        }
        indicators
                .closingReasons()
                .forEach((reason, count) -> figures.add(text("closing.reason." + reason) + " " + count));
        indicators.missingItems().forEach((item, count) -> figures.add(text("closing.item." + item) + " " + count));
        for (ParetoBar bar : indicators.extensionReasons()) {
            figures.add(text("evaluation.reason." + bar.code()) + " " + bar.count() + " "
                    + value(bar.cumulativePercent(), IndicatorRow.PERCENT));
        }
        for (Map.Entry<ReasonLevel, Integer> level :
                indicators.extensionLevels().entrySet()) {
            figures.add(text("evaluation.level." + level.getKey()) + " " + level.getValue());
        }
        for (Map.Entry<SignalCode, Integer> signal : indicators.openSignals().entrySet()) {
            figures.add(text(signal.getKey().titleKey()) + " " + signal.getValue());
        }
        int number = 1;
        for (Indicators therapist : content.report().byTherapist().values()) {
            figures.add("Behandelaar " + number++ + " " + therapist.closed() + " "
                    + value(therapist.sessions().median(), IndicatorRow.NUMBER) + " "
                    + percent(therapist.withinExpected()) + " " + percent(therapist.midEvaluationOnTime()) + " "
                    + percent(therapist.baseline()) + " " + percent(therapist.endMeasurement()) + " "
                    + percent(therapist.checklistComplete()) + " " + therapist.extensions());
        }
        for (QuarterTrend quarter : content.quarters()) {
            figures.add("Q" + quarter.quarter() + " " + quarter.year() + " "
                    + shortDate(quarter.period().from())
                    + " – " + shortDate(quarter.period().to()) + " " + quarter.closed() + " "
                    + percent(quarter.withinExpected()) + " " + percent(quarter.midEvaluationOnTime()) + " "
                    + percent(quarter.reliablyImproved()));
        }
        return figures;
    }

    /** As the template's value fragment writes it, in Dutch. */
    private static String value(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case IndicatorRow.PERCENT -> String.format(DUTCH, "%.1f%%", value);
            case IndicatorRow.DAYS -> String.format(DUTCH, "%.1f dagen", value);
            default -> value % 1 == 0 ? String.format(DUTCH, "%.0f", value) : String.format(DUTCH, "%.1f", value);
        };
    }

    private static String percent(Rate rate) {
        return value(rate.percent(), IndicatorRow.PERCENT);
    }

    private static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
    }

    private static String shortDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM", DUTCH));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }

    private <T> T asManager(java.util.function.Supplier<T> action) {
        List<T> result = new ArrayList<>();
        fixtures.as("manager", () -> result.add(action.get()));
        return result.get(0);
    }
}
