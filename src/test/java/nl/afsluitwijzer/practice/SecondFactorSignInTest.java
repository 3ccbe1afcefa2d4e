package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.practice.internal.Totp;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in with a second factor, over real HTTP with cookies, as a browser does. */
@IntegrationTest
class SecondFactorSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    Clock clock;

    TwoFactorUsers users;
    Long demoPractice;

    @BeforeEach
    void setUp() {
        users = new TwoFactorUsers(administration, secondFactors, clock);
        demoPractice = practices.findAll().get(0).getId();
    }

    @Test
    void afterThePasswordEveryPageOpenedDirectlyLeadsToTheCodePage() {
        TestUser manager = users.withSecondFactor(demoPractice, Role.MANAGER);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(manager.username(), TwoFactorUsers.PASSWORD).location())
                .endsWith("/login/code");
        for (String page : new String[] {
            "/",
            "/caseload",
            "/profiel",
            "/beheer/gebruikers",
            "/beheer/audit",
            "/behandelingen/1",
            "/profiel/tweestaps",
            "/bronnen"
        }) {
            assertThat(browser.get(page).location()).as(page).contains("/login/code");
        }
        Page htmx = browser.get("/caseload", "HX-Request", "true");
        assertThat(htmx.status()).isEqualTo(401);
        assertThat(htmx.headers().firstValue("HX-Redirect"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login/code"));
        assertThat(browser.get("/login/code").status()).isEqualTo(200);
    }

    @Test
    void theRightCodeSignsInAndGivesTheSessionANewId() {
        TestUser manager = users.withSecondFactor(demoPractice, Role.MANAGER);
        WebSession browser = new WebSession(port);
        browser.signIn(manager.username(), TwoFactorUsers.PASSWORD);
        String afterPassword = browser.sessionId().orElseThrow();
        assertThat(browser.code(manager.code(0)).location()).endsWith("/");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(afterPassword);
        assertThat(browser.get("/beheer/gebruikers").status()).isEqualTo(200);

        WebSession stolen = new WebSession(port);
        stolen.useSession(afterPassword);
        assertThat(stolen.get("/beheer/gebruikers").location()).endsWith("/login");
    }

    @Test
    void aCodeIsAcceptedOnlyOnceEvenInAnotherSession() {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        String code = therapist.code(0);
        WebSession first = new WebSession(port);
        first.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        assertThat(first.code(code).location()).endsWith("/");

        WebSession second = new WebSession(port);
        second.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        assertThat(second.code(code).location()).endsWith("/login/code?error");
        assertThat(second.get("/caseload").location()).contains("/login/code");
        assertThat(second.code(therapist.code(1)).location())
                .as("back to the page asked for")
                .contains("/caseload");
        assertThat(second.get("/caseload").status()).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        TestUser therapist = users.withoutSecondFactor(demoPractice, Role.THERAPIST);
        String secret = secondFactors.newSecret();
        String recovery = secondFactors
                .enrol(therapist.id(), secret, Totp.code(Base32.decode(secret), Totp.step(clock.instant())))
                .orElseThrow()
                .get(3);
        WebSession first = new WebSession(port);
        first.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        assertThat(first.code(recovery.toUpperCase()).location()).endsWith("/");
        assertThat(secondFactors.remainingRecoveryCodes(therapist.id())).isEqualTo(RecoveryCodes.COUNT - 1);

        WebSession second = new WebSession(port);
        second.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        assertThat(second.code(recovery).location()).endsWith("/login/code?error");
    }

    @Test
    void fiveWrongCodesLockTheSecondFactorWhichANewPasswordSignInDoesNotUnlock() {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        WebSession browser = new WebSession(port);
        browser.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.code("000000").location()).endsWith("/login/code?error");
        }
        assertThat(browser.code("000000").location()).endsWith("/login/code?locked");
        assertThat(browser.get("/caseload").location()).contains("/login/code");
        WebSession again = new WebSession(port);
        assertThat(again.signIn(therapist.username(), TwoFactorUsers.PASSWORD).location())
                .endsWith("/login/code");
        assertThat(again.code(therapist.code(0)).location()).endsWith("/login/code?locked");
    }

    @Test
    void someoneWhoMustHaveASecondFactorIsSentToEnrolFirst() {
        Practice real = practices.save(new Practice("Echte praktijk " + System.nanoTime()));
        TestUser manager = users.withoutSecondFactor(real.getId(), Role.MANAGER);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(manager.username(), TwoFactorUsers.PASSWORD).location())
                .endsWith("/profiel/tweestaps");
        assertThat(browser.get("/caseload").location()).endsWith("/profiel/tweestaps");
        assertThat(browser.get("/beheer/audit").location()).endsWith("/profiel/tweestaps");
        assertThat(browser.get("/profiel/tweestaps").status()).isEqualTo(200);
    }

    @Test
    void enrollingKeepsThisSessionWithANewIdAndEndsTheOthers() {
        TestUser therapist = users.withoutSecondFactor(demoPractice, Role.THERAPIST);
        WebSession laptop = new WebSession(port);
        WebSession phone = new WebSession(port);
        laptop.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        phone.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        String before = laptop.sessionId().orElseThrow();
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<")
                .matcher(laptop.get("/profiel/tweestaps").body());
        assertThat(secret.find()).isTrue();
        String code = Totp.code(Base32.decode(secret.group(1)), Totp.step(clock.instant()));
        Page codes = laptop.submit(
                "/profiel/tweestaps",
                "/profiel/tweestaps",
                java.util.Map.of("code", code, "currentPassword", TwoFactorUsers.PASSWORD));
        assertThat(codes.status()).isEqualTo(200);
        assertThat(codes.body()).contains("recovery-codes");
        assertThat(laptop.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(laptop.get("/profiel").status()).isEqualTo(200);
        assertThat(phone.get("/profiel").location()).endsWith("/login");
        assertThat(secondFactors.isEnrolled(therapist.id())).isTrue();
    }

    @Test
    void theDemoPracticeDoesNotMakeItsUsersEnrol() {
        TestUser manager = users.withoutSecondFactor(demoPractice, Role.MANAGER);
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(manager.username(), TwoFactorUsers.PASSWORD).location())
                .endsWith("/");
        assertThat(browser.get("/caseload").status()).isEqualTo(200);
    }
}
