package nl.afsluitwijzer.benchmark.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.PracticeDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tiny generated practice on H2 keeps the application's rules: the application itself reads it back (caseload,
 * waiting list, insights, as the manager and a therapist over HTTP, signed in the way the benchmark does) with the
 * numbers the generator wrote, the audit chain verifies, and the rows hold what the services would have written.
 */
class PracticeGeneratorTest {

    private static final Pattern ENTRY =
            Pattern.compile("\"treatmentId\":(\\d+),\"clientReference\":\"[^\"]*\",\"phase\":\"(\\w+)\",\"n\":(\\d+),"
                    + "\"expectedSessions\":(\\w+)");

    @TempDir
    Path directory;

    @Test
    void aGeneratedPracticeIsReadBackByTheApplicationWithTheNumbersItWasGivenAndItsAuditChainVerifies()
            throws Exception {
        TargetDatabase target = TargetDatabase.h2(directory);
        GeneratorOptions options = GeneratorOptions.parse(
                "--treatments",
                "60",
                "--therapists",
                "3",
                "--waiting",
                "5",
                "--seed",
                "7",
                "--h2",
                directory.toString());
        try (ConfigurableApplicationContext application = PracticeGenerator.start(target)) {
            PracticeGenerator.PracticeSummary summary = PracticeGenerator.generate(application, target, options);
            JdbcClient jdbc = application.getBean(JdbcClient.class);

            assertThat(summary.chainIntact()).isTrue();
            assertThat(summary.auditEntries())
                    .isEqualTo(60 + count(jdbc, "SELECT COUNT(*) FROM closing_plan WHERE closed_on IS NOT NULL"));
            assertThat(count(jdbc, "SELECT COUNT(*) FROM treatment")).isEqualTo(60);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM treatment WHERE phase IN ('REFERRED', 'INTAKE')"))
                    .isEqualTo(5);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM treatment WHERE phase IN ('TREATMENT', 'CLOSING')"))
                    .isEqualTo(6);
            rowsKeepTheRules(jdbc);

            int port =
                    ((WebServerApplicationContext) application).getWebServer().getPort();
            BenchmarkCredentials credentials = BenchmarkCredentials.read(directory);
            theApplicationReadsItBack(
                    jdbc,
                    new BenchmarkUser("http://localhost:" + port, credentials.manager()),
                    new BenchmarkUser("http://localhost:" + port, credentials.therapist()));
        }
    }

    private static void rowsKeepTheRules(JdbcClient jdbc) {
        // every treatment ended through closing has a plan with its reason and date; the date is the end date
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM treatment t WHERE t.phase IN ('CLOSED', 'TRANSFERRED', 'DROPPED_OUT')
                AND t.screening_outcome = 'FITS' AND NOT EXISTS (SELECT 1 FROM closing_plan p WHERE p.treatment_id = t.id
                AND p.closing_reason IS NOT NULL AND p.closed_on = t.end_date)""")).isZero();
        // a treatment in the closing phase has a plan that is not closed yet
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM treatment t WHERE t.phase = 'CLOSING' AND NOT EXISTS (SELECT 1 FROM closing_plan p
                WHERE p.treatment_id = t.id AND p.closed_on IS NULL)""")).isZero();
        // missing checklist items always come with the reason for them
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM closing_missing_item m JOIN closing_plan p ON p.id = m.closing_plan_id
                WHERE p.missing_reason IS NULL""")).isZero();
        // an extension (E raised) has its reasons and its own E entry
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM evaluation e WHERE e.new_expected_sessions > e.previous_expected_sessions
                AND NOT EXISTS (SELECT 1 FROM extension_reason_code r WHERE r.evaluation_id = e.id)""")).isZero();
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM evaluation e WHERE e.new_expected_sessions IS NOT NULL AND NOT EXISTS (SELECT 1
                FROM expected_sessions x WHERE x.treatment_id = e.treatment_id AND x.sessions = e.new_expected_sessions
                AND x.effective_date = e.evaluated_on)""")).isZero();
        // phase changes are numbered in date order, and sessions, measurements and evaluations lie in the past
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM phase_change a JOIN phase_change b ON a.treatment_id = b.treatment_id
                AND b.sequence_number = a.sequence_number + 1 WHERE b.changed_on < a.changed_on""")).isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM treatment_session WHERE session_date > ?", PracticeDay.today()))
                .isZero();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM evaluation WHERE evaluated_on > ?", PracticeDay.today()))
                .isZero();
        // the halfway evaluation is there for most treatments that got past halfway
        assertThat(count(jdbc, "SELECT COUNT(*) FROM evaluation WHERE kind = 'MID'"))
                .isPositive();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM measurement WHERE instrument = 'PHQ9' AND band IS NULL"))
                .isZero();
    }

    private static void theApplicationReadsItBack(JdbcClient jdbc, BenchmarkUser manager, BenchmarkUser therapist)
            throws Exception {
        BenchmarkUser.Answer caseload = manager.api("/api/v1/caseload");
        assertThat(caseload.status()).isEqualTo(200);
        Map<Long, String> shown = new HashMap<>();
        Matcher entry = ENTRY.matcher(caseload.body());
        while (entry.find()) {
            long id = Long.parseLong(entry.group(1));
            shown.put(id, entry.group(2));
            assertThat(Integer.parseInt(entry.group(3)))
                    .as("n of treatment %d", id)
                    .isEqualTo(count(jdbc, """
                    SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ? AND attended
                    AND kind IN ('TREATMENT', 'EVALUATION', 'CLOSING')""", id));
            if (!entry.group(4).equals("null")) {
                assertThat(Long.parseLong(entry.group(4)))
                        .as("E of treatment %d", id)
                        .isEqualTo(count(
                                jdbc,
                                "SELECT sessions FROM expected_sessions WHERE treatment_id = ? ORDER BY sequence_number DESC "
                                        + "LIMIT 1",
                                id));
            }
        }
        assertThat(shown).hasSize(11);
        assertThat(therapist.api("/api/v1/caseload").status()).isEqualTo(200);

        therapist.signIn();
        manager.signIn();
        assertThat(therapist.page("/wachtlijst").status()).isEqualTo(200);
        assertThat(manager.page("/wachtlijst").status()).isEqualTo(200);
        assertThat(manager.page("/inzicht/indicatoren").status()).isEqualTo(200);
        String year = "from=" + PracticeDay.today().minusYears(1).plusDays(1) + "&to=" + PracticeDay.today();
        BenchmarkUser.Answer insights = manager.api("/api/v1/insights?" + year);
        assertThat(insights.status()).isEqualTo(200);
        assertThat(insights.body()).contains("\"closed\":");
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
