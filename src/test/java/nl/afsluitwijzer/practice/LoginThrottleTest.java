package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UserAdministration administration;
    @Autowired
    PracticeRepository practices;

    @Test
    void aWrongPasswordSaysSoWithoutLocking() throws Exception {
        mvc.perform(formLogin("/login").user("behandelaar2").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        throttle.succeeded("behandelaar2");
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
        assertThat(throttle.lockedUntil(name)).isPresent();
    }

    @Test
    void unknownUsersGetTheSameAnswersAsWrongPasswords() throws Exception {
        String unknown = "nobody" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(unknown).password("x"))
                    .andExpect(redirectedUrl("/login?error"));
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
                    .andReturn().getResponse().getRedirectedUrl() + "");
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
        assertThat(answers).as(answers.toString()).filteredOn("/login?error"::equals).hasSize(4);
        assertThat(answers).filteredOn("/login?locked"::equals).hasSize(6);
        assertThat(throttle.lockedUntil(name)).isPresent();
        mvc.perform(formLogin("/login").user(name).password("a-correct-password"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    private String createUser(String prefix) {
        String name = prefix + System.nanoTime();
        Long practiceId = practices.findAll().get(0).getId();
        administration.create(practiceId, name, "Test", Role.THERAPIST, "a-correct-password");
        return name;
    }
}
