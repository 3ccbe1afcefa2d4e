package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.practice.internal.Totp;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A second-factor enrolment sent twice at once (two tabs, a double click) enrols one secret, never a 500. */
@IntegrationTest
class FirstEnrolmentTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([^<]+)<");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    TwoFactorUsers users;

    @BeforeEach
    void setUp() {
        users = new TwoFactorUsers(administration, secondFactors, clock);
    }

    @Test
    void twoEnrolmentsAtOnceEnrolOnce() throws Exception {
        TestUser user = users.withoutSecondFactor(practices.findAll().get(0).getId(), Role.THERAPIST);
        WebSession session = signedIn(user);
        Map<String, String> form = enrolmentForm(session);
        List<Page> pages = AtOnce.run(
                () -> session.post(SecondFactorPolicy.ENROLMENT_PAGE, form),
                () -> session.post(SecondFactorPolicy.ENROLMENT_PAGE, form));

        assertThat(pages).extracting(Page::status).doesNotContain(500);
        assertThat(pages)
                .filteredOn(p -> p.body().contains("id=\"recovery-codes\""))
                .hasSize(1);
        assertThat(enrolments(user)).isEqualTo(1);
    }

    @Test
    void anEnrolmentRacingAnUncommittedOneKeepsTheFirstSecretAndIsNoError() throws Exception {
        TestUser user = users.withoutSecondFactor(practices.findAll().get(0).getId(), Role.THERAPIST);
        WebSession session = signedIn(user);
        Map<String, String> form = enrolmentForm(session);
        Page page = UncommittedFirst.whileRunning(
                dataSource, """
                INSERT INTO user_totp (user_id, secret_encrypted, enrolled_at, last_used_step)
                VALUES (?, 'elders', CURRENT_TIMESTAMP, 0)""", new Object[] {user.id()}, () -> session.post(SecondFactorPolicy.ENROLMENT_PAGE, form));
        assertThat(page.status()).isNotEqualTo(500);
        assertThat(page.body()).doesNotContain("id=\"recovery-codes\"");
        assertThat(jdbc.sql("SELECT secret_encrypted FROM user_totp WHERE user_id = ?")
                        .param(user.id())
                        .query(String.class)
                        .single())
                .isEqualTo("elders");
    }

    private Map<String, String> enrolmentForm(WebSession session) {
        String body = session.get(SecondFactorPolicy.ENROLMENT_PAGE).body();
        Matcher secret = SECRET.matcher(body);
        Matcher csrf = CSRF.matcher(body);
        assertThat(secret.find() && csrf.find()).isTrue();
        String code = Totp.code(Base32.decode(secret.group(1).replace(" ", "").strip()), Totp.step(clock.instant()));
        return Map.of("currentPassword", TwoFactorUsers.PASSWORD, "code", code, "_csrf", csrf.group(1));
    }

    private int enrolments(TestUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM user_totp WHERE user_id = ?")
                .param(user.id())
                .query(Integer.class)
                .single();
    }

    private WebSession signedIn(TestUser user) {
        WebSession session = new WebSession(port);
        session.signIn(user.username(), TwoFactorUsers.PASSWORD);
        return session;
    }
}
