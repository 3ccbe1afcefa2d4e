package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Anonymous visits to the sign-in page store nothing: a flood of them cannot fill the session table. A context of
 * its own on purpose: spring-security-test's {@code csrf()}, used by MockMvc tests of the shared context, swaps the
 * CSRF filter's token store for a session-based one for good, which would make every visit here create a session.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "afsluitwijzer.test.context=anonymous-session")
@DirtiesContext
class AnonymousSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredAnonymousVisitsToTheSignInPageStoreNoSession() {
        long before = sessions();
        for (int i = 0; i < 100; i++) {
            WebSession visitor = new WebSession(port);
            WebSession.Page page = visitor.get("/login");
            assertThat(page.status()).isEqualTo(200);
            assertThat(visitor.sessionId())
                    .as("visit %d: %s", i, page.headers().allValues("Set-Cookie"))
                    .isEmpty();
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void signingInStillWorksAndStillNeedsTheCsrfToken() {
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn("behandelaar", "demo").location()).doesNotContain("error");
        assertThat(browser.get("/caseload").status()).isEqualTo(200);

        WebSession forger = new WebSession(port);
        forger.get("/login");
        assertThat(forger.submit("/error", "/login", java.util.Map.of("username", "behandelaar", "password", "demo"))
                        .status())
                .isEqualTo(403);
    }

    private long sessions() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
    }
}
