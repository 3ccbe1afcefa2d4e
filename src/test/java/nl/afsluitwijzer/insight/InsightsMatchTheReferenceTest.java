package nl.afsluitwijzer.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import nl.afsluitwijzer.benchmark.practice.GeneratedPractice;
import nl.afsluitwijzer.closing.ClosingRecords;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.IndicatorReport;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The figures read by period ({@link Insights}) equal those of the former computation over every treatment of the
 * practice ({@link ReferenceIndicatorLoader}) on a generated practice of 1,500 treatments over several years (H2, and
 * PostgreSQL with -Ppostgres): every indicator with the treatments behind it, per therapist, the quarters of the
 * Norm 1 report and the dashboard's two months; and the drill-down finds the file of every treatment behind a figure.
 */
class InsightsMatchTheReferenceTest {

    @TempDir
    static Path directory;

    static ConfigurableApplicationContext application;
    static Insights insights;
    static ReferenceIndicatorLoader reference;
    static Treatments treatments;
    static LocalDate today;
    static String manager;
    static Long busiestTherapist;

    @BeforeAll
    static void generate() throws Exception {
        application = GeneratedPractice.start(directory, 1_500, 30, 11);
        insights = application.getBean(Insights.class);
        treatments = application.getBean(Treatments.class);
        reference = new ReferenceIndicatorLoader(
                application.getBean(Evaluations.class),
                application.getBean(Measurements.class),
                application.getBean(Signals.class),
                application.getBean(InstrumentCatalog.class),
                application.getBean(ClosingRecords.class));
        today = LocalDate.now(application.getBean(Clock.class));
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        manager = jdbc.sql("SELECT username FROM user_account WHERE role = 'MANAGER' ORDER BY id")
                .query(String.class)
                .list()
                .get(0);
        busiestTherapist = jdbc.sql("""
                SELECT therapist_id FROM treatment GROUP BY therapist_id ORDER BY COUNT(*) DESC, therapist_id""").query(Long.class).list().get(0);
    }

    @AfterAll
    static void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void theFiguresOfAYearAQuarterAMonthAndOneTherapistAreThoseOfTheFormerComputation() {
        Period year = new Period(today.minusYears(1).plusDays(1), today);
        Period lastYear = new Period(today.minusYears(2).plusDays(1), today.minusYears(1));
        YearMonth previousMonth = YearMonth.from(today).minusMonths(1);
        Period quarter = new Period(previousMonth.minusMonths(2).atDay(1), previousMonth.atEndOfMonth());
        Period month = Period.of(previousMonth);
        for (Period period : List.of(year, lastYear, quarter, month)) {
            IndicatorReport expected = referenceReport(period, null);
            IndicatorReport actual = asManager(() -> insights.report(CurrentUser.require(), period, null));
            assertThat(actual.indicators()).as("the practice in %s", period).isEqualTo(expected.indicators());
            assertThat(actual.byTherapist()).as("per therapist in %s", period).isEqualTo(expected.byTherapist());
            assertThat(asManager(() -> insights.report(CurrentUser.require(), period, busiestTherapist))
                            .indicators())
                    .as("one therapist in %s", period)
                    .isEqualTo(referenceReport(period, busiestTherapist).indicators());
        }
        IndicatorReport yearReport = asManager(() -> insights.report(CurrentUser.require(), year, null));
        assertThat(yearReport.indicators().closed()).as("closed in the year").isPositive();
        assertThat(yearReport.indicators().extensions())
                .as("the practice has extensions")
                .isPositive();
        assertThat(yearReport.indicators().openSignals()).as("and open signals").isNotEmpty();
        assertThat(yearReport.indicators().incompleteClosings())
                .as("and incomplete closings")
                .isNotEmpty();
        assertThat(yearReport.indicators().incompleteClosings())
                .allSatisfy(closing -> assertThat(yearReport.clientReferences()).containsKey(closing.treatmentId()));
    }

    @Test
    void theNorm1FiguresAndTheDashboardAreThoseOfTheFormerComputation() {
        Period year = new Period(today.minusYears(1).plusDays(1), today);
        Insights.Norm1Figures figures = asManager(() -> insights.norm1Figures(CurrentUser.require(), year));
        List<TreatmentFacts> all = referenceFacts();
        assertThat(figures.quarters()).isNotEmpty().isEqualTo(ReferenceIndicatorLoader.quarters(all, year));
        assertThat(figures.report().indicators())
                .isEqualTo(referenceReport(year, null).indicators());

        Period now = new Period(YearMonth.from(today).atDay(1), today);
        Period before = Period.of(YearMonth.from(today).minusMonths(1));
        List<Indicators> dashboard = asManager(() -> insights.thisAndPreviousMonth(CurrentUser.require(), today));
        assertThat(dashboard)
                .containsExactly(
                        referenceReport(now, null).indicators(),
                        referenceReport(before, null).indicators());
    }

    @Test
    void theDrillDownShowsTheFileOfEveryTreatmentBehindAFigure() {
        Period year = new Period(today.minusYears(1).plusDays(1), today);
        Indicators indicators = referenceReport(year, null).indicators();
        for (String figure : List.of(
                Figure.CLOSED,
                Figure.EXTENDED,
                Figure.INTAKE_OUTSIDE_NORM,
                Figure.START_WITHIN_NORM,
                Figure.OPEN_ACTION_SIGNALS,
                Figure.CHECKLIST_INCOMPLETE)) {
            List<Long> behind = indicators.behind(figure);
            assertThat(behind).as(figure).isNotEmpty();
            assertThat(asManager(() -> insights.behind(CurrentUser.require(), year, null, figure)).stream()
                            .map(TreatmentFile::id)
                            .toList())
                    .as(figure)
                    .isEqualTo(behind);
        }
    }

    private static IndicatorReport referenceReport(Period period, Long therapist) {
        return asManager(() -> {
            TreatmentFiles files = treatments.visibleFiles(CurrentUser.require(), null);
            return ReferenceIndicatorLoader.report(
                    reference.facts(files), reference.openSignals(files, period.to()), period, therapist);
        });
    }

    private static List<TreatmentFacts> referenceFacts() {
        return asManager(() -> reference.facts(treatments.visibleFiles(CurrentUser.require(), null)));
    }

    private static <T> T asManager(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = application.getBean(UserDetailsService.class).loadUserByUsername(manager);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
