package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.practice.internal.Reauthentication;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wrong second-factor codes are counted per account, web and API together, and a correct password does
 * not reset them: five wrong codes lock the second factor for 15 minutes, even for a correct code.
 */
@IntegrationTest
class SecondFactorLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reauthentication reauthentication;

    @Autowired
    Clock clock;

    TwoFactorUsers users;

    @BeforeEach
    void setUp() {
        users = new TwoFactorUsers(administration, secondFactors, clock);
    }

    @Test
    void wrongCodesOnTheWebAndTheApiTogetherLockTheSecondFactorAndAFreshPasswordDoesNotHelp() throws Exception {
        TestUser manager = users.withSecondFactor(demoPractice(), Role.MANAGER);
        for (int i = 0; i < 3; i++) {
            WebSession browser = new WebSession(port);
            browser.signIn(manager.username(), TwoFactorUsers.PASSWORD);
            assertThat(browser.code("000000").location()).endsWith("/login/code?error");
        }
        assertThat(token(manager, "000000").getStatus()).isEqualTo(401);
        MockHttpServletResponse locked = token(manager, "000001");
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentType()).contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(locked.getContentAsString()).contains("geblokkeerd");
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(800L, 900L);

        // while locked even the correct code is refused, on both channels
        assertThat(token(manager, manager.code(0)).getStatus()).isEqualTo(429);
        WebSession browser = new WebSession(port);
        browser.signIn(manager.username(), TwoFactorUsers.PASSWORD);
        assertThat(browser.code(manager.code(1)).location()).endsWith("/login/code?locked");
        assertThat(browser.get("/login/code").body()).contains("Te veel foute codes");
        assertThat(browser.get("/caseload").location()).contains("/login/code");
    }

    @Test
    void wrongRecoveryCodesCountTooAndTheLockEndsAfterItsTime() throws Exception {
        TestUser therapist = users.withSecondFactor(demoPractice(), Role.THERAPIST);
        WebSession browser = new WebSession(port);
        browser.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.code("abcd-efgh-jkmn-pqrs").location()).endsWith("?error");
        }
        assertThat(browser.code("abcd-efgh-jkmn-pqrt").location()).endsWith("?locked");
        assertThat(secondFactors.lockedUntil(therapist.id())).isPresent();

        jdbc.sql("UPDATE user_totp SET codes_locked_until = ? WHERE user_id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(1)), therapist.id())
                .update();
        assertThat(browser.code(therapist.code(0)).location()).endsWith("/");
    }

    @Test
    void onlyACorrectCodeClearsTheCount() {
        TestUser manager = users.withSecondFactor(demoPractice(), Role.MANAGER);
        for (int i = 0; i < 4; i++) {
            assertThat(secondFactors.verifyTotp(manager.id(), "000000")).isEqualTo(SecondFactors.Outcome.REJECTED);
        }
        assertThat(secondFactors.verify(manager.id(), manager.code(0))).isEqualTo(SecondFactors.Outcome.TOTP);
        for (int i = 0; i < 4; i++) {
            assertThat(secondFactors.verifyTotp(manager.id(), "000000")).isEqualTo(SecondFactors.Outcome.REJECTED);
        }
        assertThat(secondFactors.verifyTotp(manager.id(), "000000")).isEqualTo(SecondFactors.Outcome.LOCKED);
    }

    @Test
    void parallelWrongGuessesAllCountAndNoMoreThanFiveAreChecked() throws Exception {
        TestUser manager = users.withSecondFactor(demoPractice(), Role.MANAGER);
        List<Callable<SecondFactors.Outcome>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String guess = String.format("%06d", i);
            guesses.add(() -> secondFactors.verifyTotp(manager.id(), guess));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<SecondFactors.Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<SecondFactors.Outcome> outcome : pool.invokeAll(guesses)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .as(outcomes.toString())
                .filteredOn(SecondFactors.Outcome.REJECTED::equals)
                .hasSize(4);
        assertThat(outcomes).filteredOn(SecondFactors.Outcome.LOCKED::equals).hasSize(8);
        // every checked code was counted first: exactly five were checked, the other seven refused unchecked
        assertThat(jdbc.sql("SELECT failed_codes FROM user_totp WHERE user_id = ?")
                        .param(manager.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(secondFactors.verifyTotp(manager.id(), manager.code(0))).isEqualTo(SecondFactors.Outcome.LOCKED);
    }

    @Test
    void confirmingAChangeCountsWrongCodesTooAndRefusesEvenACorrectCodeWhileLocked() {
        TestUser therapist = users.withSecondFactor(demoPractice(), Role.THERAPIST);
        CurrentUser user =
                new CurrentUser(therapist.id(), demoPractice(), therapist.username(), "Test", Role.THERAPIST);
        for (int i = 0; i < 4; i++) {
            assertThat(reauthentication.check(user, TwoFactorUsers.PASSWORD, "000000"))
                    .hasValue(new Reauthentication.Refusal(Reauthentication.CODE_FIELD, "reauth.code.wrong"));
        }
        assertThat(secondFactors.verifyTotp(therapist.id(), "000000")).isEqualTo(SecondFactors.Outcome.LOCKED);
        assertThat(reauthentication.check(user, TwoFactorUsers.PASSWORD, therapist.code(0)))
                .hasValue(new Reauthentication.Refusal(Reauthentication.CODE_FIELD, "reauth.code.locked"));
        // a password longer than bcrypt reads is just wrong, not an error
        assertThat(reauthentication.check(user, "é".repeat(40), therapist.code(0)))
                .hasValue(new Reauthentication.Refusal(Reauthentication.PASSWORD_FIELD, "reauth.password.wrong"));
    }

    private MockHttpServletResponse token(TestUser user, String code) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(user.username(), TwoFactorUsers.PASSWORD))
                        .header("X-TOTP", code)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"script\"}"))
                .andReturn()
                .getResponse();
    }

    private Long demoPractice() {
        return practices.findAll().get(0).getId();
    }
}
