package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.TwoFactorUsers;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.practice.internal.UserSessions;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions over real HTTP: a new id at sign-in, the end at logout, when disabled and after 10 hours. */
@IntegrationTest
class SessionLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestUser user;
    Long practice;

    @BeforeEach
    void setUp() {
        practice = practices.findAll().get(0).getId();
        user = new TwoFactorUsers(administration, secondFactors, clock).withoutSecondFactor(practice, Role.THERAPIST);
    }

    @Test
    void signingInGivesTheSessionANewIdAndTheOldOneIsWorthless() {
        WebSession browser = new WebSession(port);
        // a page that needs signing in keeps the request to return to after sign-in: a session before signing in
        browser.get("/caseload");
        String before = browser.sessionId().orElseThrow();
        browser.signIn(user.username(), TwoFactorUsers.PASSWORD);
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        WebSession attacker = new WebSession(port);
        attacker.useSession(before);
        assertThat(attacker.get("/caseload").location()).endsWith("/login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        WebSession browser = new WebSession(port);
        List<String> cookies = browser.signIn(user.username(), TwoFactorUsers.PASSWORD)
                .headers()
                .allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(WebSession.SESSION_COOKIE + "=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void loggingOutEndsTheSessionAlsoForACopiedCookie() {
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), TwoFactorUsers.PASSWORD);
        String session = browser.sessionId().orElseThrow();
        assertThat(browser.get("/caseload").status()).isEqualTo(200);
        assertThat(browser.logout().location()).endsWith("/login?logout");
        WebSession copy = new WebSession(port);
        copy.useSession(session);
        assertThat(copy.get("/caseload").location()).endsWith("/login");
        assertThat(sessions.count(user.username())).isZero();
    }

    @Test
    void disablingAUserEndsAllOfTheirSessions() {
        WebSession laptop = new WebSession(port);
        WebSession phone = new WebSession(port);
        laptop.signIn(user.username(), TwoFactorUsers.PASSWORD);
        phone.signIn(user.username(), TwoFactorUsers.PASSWORD);
        assertThat(sessions.count(user.username())).isEqualTo(2);
        administration.setEnabled(practice, user.id(), false);
        assertThat(laptop.get("/caseload").location()).endsWith("/login");
        assertThat(phone.get("/caseload").location()).endsWith("/login");
        assertThat(new WebSession(port)
                        .signIn(user.username(), TwoFactorUsers.PASSWORD)
                        .location())
                .endsWith("/login?error");
    }

    @Test
    void aSessionEndsTenHoursAfterSigningInHoweverActive() {
        WebSession browser = new WebSession(port);
        browser.signIn(user.username(), TwoFactorUsers.PASSWORD);
        assertThat(browser.get("/caseload").status()).isEqualTo(200);
        long elevenHours = Duration.ofHours(11).toMillis();
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - ? WHERE principal_name = ?")
                .params(elevenHours, user.username())
                .update();
        assertThat(browser.get("/caseload").location()).endsWith("/login?expired");
        assertThat(browser.get("/caseload").location()).endsWith("/login");
    }

    @Test
    void aNewPasswordEndsTheUsersOtherSessions() {
        WebSession laptop = new WebSession(port);
        WebSession phone = new WebSession(port);
        laptop.signIn(user.username(), TwoFactorUsers.PASSWORD);
        phone.signIn(user.username(), TwoFactorUsers.PASSWORD);
        String newPassword = "een ander lang wachtwoord";
        assertThat(laptop.submit(
                                "/profiel/wachtwoord",
                                "/profiel/wachtwoord",
                                java.util.Map.of(
                                        "currentPassword",
                                        TwoFactorUsers.PASSWORD,
                                        "newPassword",
                                        newPassword,
                                        "repeatPassword",
                                        newPassword))
                        .location())
                .endsWith("/profiel");
        assertThat(laptop.get("/caseload").status()).isEqualTo(200);
        assertThat(phone.get("/caseload").location()).endsWith("/login");
    }
}
