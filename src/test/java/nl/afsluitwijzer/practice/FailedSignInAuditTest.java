package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.internal.LoginThrottle;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every failed sign-in, on every channel, is one failed LOGIN row; an unknown name is never stored as typed. */
@IntegrationTest
class FailedSignInAuditTest {

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
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

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
    void aWrongPasswordOnTheWebFormIsExactlyOneRow() throws Exception {
        TestUser therapist = users.withoutSecondFactor(demoPractice, Role.THERAPIST);
        mvc.perform(formLogin("/login").user(therapist.username()).password("not the password"));
        assertThat(failures(therapist.username())).containsExactly("USER");
    }

    @Test
    void aWrongBasicPasswordAndAWrongOrMissingCodeForATokenAreRows() throws Exception {
        TestUser manager = users.withSecondFactor(demoPractice, Role.MANAGER);
        mvc.perform(post("/api/v1/tokens").with(httpBasic(manager.username(), "not the password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(manager.username(), TwoFactorUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(manager.username(), TwoFactorUsers.PASSWORD))
                        .header("X-TOTP", "000000"))
                .andExpect(status().isUnauthorized());
        assertThat(failures(manager.username())).containsExactly("USER", "SECOND_FACTOR", "SECOND_FACTOR");
    }

    @Test
    void aWrongCodeAndAWrongRecoveryCodeOnTheWebAreRows() {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        WebSession browser = new WebSession(port);
        browser.signIn(therapist.username(), TwoFactorUsers.PASSWORD);
        browser.code("000000");
        browser.code("abcd-efgh-jkmn-pqrs");
        assertThat(failures(therapist.username())).containsExactly("SECOND_FACTOR", "RECOVERY_CODE");
    }

    @Test
    void unknownRevokedAndMalformedBearerTokensAreRows() throws Exception {
        TestUser therapist = users.withoutSecondFactor(demoPractice, Role.THERAPIST);
        ApiTokens.IssuedToken issued = tokens.issue(therapist.id(), "script");
        tokens.revoke(therapist.id(), issued.id());
        mvc.perform(get("/api/v1/caseload").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
        assertThat(failures(therapist.username())).containsExactly("API_TOKEN");

        long before = failures(FailedSignIns.UNKNOWN_USER).size();
        mvc.perform(get("/api/v1/caseload").header("Authorization", "Bearer afw_nonsense"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/caseload").header("Authorization", "Bearer x")).andExpect(status().isUnauthorized());
        assertThat(failures(FailedSignIns.UNKNOWN_USER)).hasSize((int) before + 2);
    }

    @Test
    void aNameThatMatchesNoAccountIsStoredAsUnknownNeverAsTypedNorInTheThrottle() throws Exception {
        String typed = "MijnGeheim" + System.nanoTime();
        long before = failures(FailedSignIns.UNKNOWN_USER).size();
        mvc.perform(formLogin("/login").user(typed).password("een wachtwoord van mij"));
        mvc.perform(post("/api/v1/tokens").with(httpBasic(typed, "een wachtwoord van mij")));
        assertThat(failures(FailedSignIns.UNKNOWN_USER)).hasSize((int) before + 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE LOWER(username) LIKE ?")
                        .param("%" + typed.toLowerCase() + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE LOWER(account_key) LIKE ?")
                        .param("%" + typed.toLowerCase() + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE account_key = ?")
                        .param(LoginThrottle.key(typed))
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private List<String> failures(String username) {
        return jdbc.sql("SELECT object_type FROM audit_entry WHERE username = ? AND action = 'LOGIN' "
                        + "AND outcome = 'FAILURE' ORDER BY id")
                .param(username)
                .query(String.class)
                .list();
    }
}
