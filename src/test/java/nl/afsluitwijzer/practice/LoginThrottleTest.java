package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

    private String createUser(String prefix) {
        String name = prefix + System.nanoTime();
        Long practiceId = practices.findAll().get(0).getId();
        administration.create(practiceId, name, "Test", Role.THERAPIST, "a-correct-password");
        return name;
    }
}
