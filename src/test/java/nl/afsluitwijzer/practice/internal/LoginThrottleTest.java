package nl.afsluitwijzer.practice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LoginThrottleTest {

    /** MockMvc's remote address. */
    static final String HOME = "127.0.0.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    UserAdministration administration;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aWrongPasswordSaysSoWithoutLocking() throws Exception {
        mvc.perform(formLogin("/login").user("behandelaar2").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        throttle.succeeded("behandelaar2", HOME);
    }

    @Test
    void repeatedFailuresLockTheUserAndTheLoginPageSaysSo() throws Exception {
        String name = createUser("locktest");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(throttle.lockedUntil(name, HOME)).isPresent();
    }

    @Test
    void unknownUsersGetTheSameAnswersAsWrongPasswords() throws Exception {
        String unknown = "nobody" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(unknown).password("x")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(unknown).password("x")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        String name = createUser("forgettest");
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/profiel/wachtwoord"));
        mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void tenParallelWrongAttemptsLockExactlyAsTenInARow() throws Exception {
        String name = createUser("paralleltest");
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attempts.add(() -> mvc.perform(formLogin("/login").user(name).password("wrong-" + System.nanoTime()))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl()
                    + "");
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<String> answers = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(attempts)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        // in a row: 4 times "wrong", the 5th locks, 6 to 10 are refused unchecked; in parallel the same
        assertThat(answers)
                .as(answers.toString())
                .filteredOn("/login?error"::equals)
                .hasSize(4);
        assertThat(answers).filteredOn("/login?locked"::equals).hasSize(6);
        assertThat(throttle.lockedUntil(name, HOME)).isPresent();
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aLockedAddressDoesNotLockTheOwnerAtAnotherAddress() throws Exception {
        String name = createUser("pairtest");
        for (int i = 0; i < 5; i++) {
            mvc.perform(loginFrom(name, "wrong", "10.6.6.6"));
        }
        mvc.perform(loginFrom(name, "a-correct-password", "10.6.6.6")).andExpect(redirectedUrl("/login?locked"));
        assertThat(throttle.lockedUntil(name, "10.6.6.6")).isPresent();
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/profiel/wachtwoord"));
    }

    @Test
    void twentyFailuresFromManyAddressesNeverLockTheOwnerButSlowEveryAnswer() throws Exception {
        String name = createUser("spreadtest");
        for (int i = 0; i < 20; i++) {
            mvc.perform(loginFrom(name, "wrong", "10.7.0." + (i % 4)))
                    .andExpect(redirectedUrl(i < 16 ? "/login?error" : "/login?locked"));
        }
        LoginThrottle slowing = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(15), Duration.ofMillis(250));
        assertThat(slowing.delay(name)).isEqualTo(Duration.ofSeconds(3));
        assertThat(slowing.delay("behandelaar")).isZero();
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/profiel/wachtwoord"));
    }

    @Test
    void fiftyParallelSignInsOfOneUserNeverGiveAnError() throws Exception {
        String name = createUser("crowdtest");
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String password = i % 2 == 0 ? "a-correct-password" : "wrong-" + i;
            attempts.add(() -> mvc.perform(formLogin("/login").user(name).password(password))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).as(statuses.toString()).allMatch(status -> status == 302);
    }

    @Test
    void aPasswordLongerThanSeventyTwoBytesIsWrongNotAnError() throws Exception {
        String name = createUser("longtest");
        String accented = "é".repeat(40);
        mvc.perform(formLogin("/login").user(name).password(accented)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(name).password("x".repeat(200))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/api/v1/tokens").with(httpBasic(name, accented))).andExpect(status().isUnauthorized());

        // bcrypt reads 72 bytes: one more character must not be a second way in
        String seventyTwoBytes = "paarse olifant " + "x".repeat(57);
        String exact = "exact" + System.nanoTime();
        administration.create(
                CurrentUser.current().orElse(null),
                practices.findAll().get(0).getId(),
                exact,
                "Test",
                Role.THERAPIST,
                seventyTwoBytes);
        mvc.perform(formLogin("/login").user(exact).password(seventyTwoBytes + "!"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(exact).password(seventyTwoBytes))
                .andExpect(redirectedUrl("/profiel/wachtwoord"));
    }

    private static MockHttpServletRequestBuilder loginFrom(String name, String password, String address) {
        return post("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String createUser(String prefix) {
        String name = prefix + System.nanoTime();
        Long practiceId = practices.findAll().get(0).getId();
        administration.create(
                CurrentUser.current().orElse(null), practiceId, name, "Test", Role.THERAPIST, "a-correct-password");
        return name;
    }
}
