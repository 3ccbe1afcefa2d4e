package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two managers setting the policy for the same date at once leave one version; neither sees an error page. */
@IntegrationTest
class PolicySameDateTest {

    private static final LocalDate DATE = LocalDate.of(2027, 6, 1);

    @LocalServerPort
    int port;
    @Autowired
    Policies policies;
    @Autowired
    PracticeRepository practices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MessageSource messages;

    @AfterEach
    void removeTheVersion() {
        jdbc.sql("DELETE FROM practice_policy WHERE effective_from = ?").param(DATE).update();
    }

    @Test
    void twoSavesForTheSameDateAtOnceLeaveOneVersion() throws Exception {
        WebSession anna = signedIn();
        WebSession bram = signedIn();
        Map<String, String> annas = anna.formOf("/beheer/beleid", fields());
        Map<String, String> brams = bram.formOf("/beheer/beleid", fields());
        List<Page> pages = AtOnce.run(() -> anna.post("/beheer/beleid", annas),
                () -> bram.post("/beheer/beleid", brams));
        assertThat(pages).extracting(Page::status).containsAnyOf(302).doesNotContain(500);
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aSaveRacingAnUncommittedVersionForTheSameDateGetsTheConflict() throws Exception {
        Long practice = practices.findAll().get(0).getId();
        WebSession late = signedIn();
        Map<String, String> form = late.formOf("/beheer/beleid", fields());
        Page page = UncommittedFirst.whileRunning(dataSource, """
                INSERT INTO practice_policy (practice_id, effective_from, expected_standard, expected_complex,
                    overrun_margin, measure_every_sessions, plateau_measurements, plateau_min_days, no_contact_days,
                    mdo_review_days, colleague_review_days, low_rating_threshold, created_at)
                VALUES (?, ?, 8, 12, 2, 3, 3, 28, 28, 180, 365, 2, CURRENT_TIMESTAMP)""",
                new Object[] {practice, DATE}, () -> late.post("/beheer/beleid", form));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(messages.getMessage("api.error.stale-version", null, Locale.ROOT));
        assertThat(versions()).isEqualTo(1);
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM practice_policy WHERE effective_from = ?").param(DATE)
                .query(Integer.class).single();
    }

    private Map<String, String> fields() {
        Policy now = policies.inForce(practices.findAll().get(0).getId(), LocalDate.now());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveFrom", DATE.toString());
        fields.put("expectedStandard", String.valueOf(now.expectedStandard()));
        fields.put("expectedComplex", String.valueOf(now.expectedComplex()));
        fields.put("overrunMargin", String.valueOf(now.overrunMargin()));
        fields.put("measureEverySessions", String.valueOf(now.measureEverySessions()));
        fields.put("plateauMeasurements", String.valueOf(now.plateauMeasurements()));
        fields.put("plateauMinDays", String.valueOf(now.plateauMinDays()));
        fields.put("noContactDays", String.valueOf(now.noContactDays()));
        fields.put("mdoReviewDays", String.valueOf(now.mdoReviewDays()));
        fields.put("colleagueReviewDays", String.valueOf(now.colleagueReviewDays()));
        fields.put("lowRatingThreshold", String.valueOf(now.lowRatingThreshold()));
        return fields;
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("manager", "demo");
        return session;
    }
}
