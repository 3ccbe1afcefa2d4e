package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
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
        jdbc.sql("DELETE FROM practice_policy WHERE effective_from = ?")
                .param(DATE)
                .update();
    }

    @Test
    void twoSavesForTheSameDateAtOnceLeaveOneVersion() throws Exception {
        WebSession anna = signedIn();
        WebSession bram = signedIn();
        Map<String, String> annas = anna.formOf("/beheer/beleid", fields());
        Map<String, String> brams = bram.formOf("/beheer/beleid", fields());
        List<Page> pages =
                AtOnce.run(() -> anna.post("/beheer/beleid", annas), () -> bram.post("/beheer/beleid", brams));
        assertThat(pages).extracting(Page::status).containsAnyOf(302).doesNotContain(500);
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aSaveRacingAnUncommittedVersionForTheSameDateGetsTheConflict() throws Exception {
        Long practice = practices.findAll().get(0).getId();
        WebSession late = signedIn();
        Map<String, String> form = late.formOf("/beheer/beleid", fields());
        Page page = UncommittedFirst.whileRunning(
                dataSource, """
                INSERT INTO practice_policy (practice_id, effective_from, expected_standard, expected_complex,
                    overrun_margin, measure_every_sessions, plateau_measurements, plateau_min_days, no_contact_days,
                    mdo_review_days, colleague_review_days, low_rating_threshold, created_at)
                VALUES (?, ?, 8, 12, 2, 3, 3, 28, 28, 180, 365, 2, CURRENT_TIMESTAMP)""", new Object[] {practice, DATE}, () -> late.post("/beheer/beleid", form));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(messages.getMessage("api.error.stale-version", null, Locale.ROOT));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void aVersionForTheSameDateSavedAfterTheFormWasOpenedIsNotReplaced() throws Exception {
        WebSession anna = signedIn();
        WebSession bram = signedIn();
        Map<String, String> annas = formAsShown(anna);
        Map<String, String> brams = formAsShown(bram);
        brams.put("expectedStandard", "9");
        assertThat(bram.post("/beheer/beleid", brams).status()).isEqualTo(302);

        annas.put("expectedStandard", "14");
        Page page = anna.post("/beheer/beleid", annas);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(messages.getMessage("api.error.stale-version", null, Locale.ROOT));
        assertThat(jdbc.sql("SELECT expected_standard FROM practice_policy WHERE effective_from = ?")
                        .param(DATE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(9);

        Map<String, String> again = formAsShown(anna);
        again.put("expectedStandard", "14");
        assertThat(anna.post("/beheer/beleid", again).status())
                .as("after reloading she may replace it")
                .isEqualTo(302);
    }

    /** The form with the version its page carries in its hidden field, as a browser would send it. */
    private Map<String, String> formAsShown(WebSession session) {
        Matcher known = Pattern.compile("name=\"knownVersion\" value=\"(\\d+)\"")
                .matcher(session.get("/beheer/beleid").body());
        assertThat(known.find())
                .as("the form carries the newest version its author saw")
                .isTrue();
        Map<String, String> fields = session.formOf("/beheer/beleid", fields());
        fields.put("knownVersion", known.group(1));
        return fields;
    }

    private int versions() {
        return jdbc.sql("SELECT COUNT(*) FROM practice_policy WHERE effective_from = ?")
                .param(DATE)
                .query(Integer.class)
                .single();
    }

    private Map<String, String> fields() {
        Policy now = policies.inForce(practices.findAll().get(0).getId(), PracticeDay.today());
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
