package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.afsluitwijzer.support.WebSession;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while the application runs (a TCP proxy between them is cut, as a restart or a
 * lost network does): requests fail within 2 s with 503 instead of hanging, readiness is DOWN, and when the
 * database is back everything works again without a restart. PostgreSQL with -Ppostgres, otherwise an H2
 * server over TCP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "afsluitwijzer.outage.readiness-hold=1s")
@DirtiesContext
class DatabaseConnectionLossTest {

    private static final Duration FAIL_FAST = Duration.ofSeconds(2);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(15);
    private static TcpProxy proxy;
    private static Server h2;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) throws Exception {
        if (System.getProperty("spring.profiles.active", "").contains("postgres")) {
            URI server = URI.create(System.getenv()
                    .getOrDefault(
                            "AFSLUITWIJZER_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/afsluitwijzer_test")
                    .substring("jdbc:".length()));
            proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
            registry.add(
                    "spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath());
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new TcpProxy("127.0.0.1", h2.getPort());
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port()
                            + "/mem:connection-loss;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        }
    }

    @AfterAll
    static void stopTheDatabase() throws Exception {
        proxy.close();
        if (h2 != null) {
            h2.stop();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsAwayAndRecoverWhenItIsBack() throws Exception {
        OutageClient api = new OutageClient(port);
        String token = api.token("behandelaar");
        WebSession therapist = new WebSession(port);
        therapist.signIn("behandelaar", "demo");
        String acknowledged = OutageClient.locationOf(api.createTreatment(token));

        proxy.stop();
        assertUnavailable(fast(() -> api.createTreatment(token)));
        assertUnavailable(fast(() -> api.get(acknowledged, token)));
        WebSession.Page page = fast(() -> therapist.get("/caseload"));
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body())
                .contains("Tijdelijk niet beschikbaar", "De database is tijdelijk niet bereikbaar")
                .doesNotContain("Exception");
        assertThat(fast(() -> api.get("/actuator/health/readiness", null)).statusCode())
                .isEqualTo(503);
        assertThat(fast(() -> api.get("/actuator/health/liveness", null)).statusCode())
                .isEqualTo(200);

        proxy.start();
        HttpResponse<String> accepted = firstAcceptedWrite(api, token);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(api.get(acknowledged, token).statusCode()).isEqualTo(200);
        assertThat(therapist.get("/caseload").status()).isEqualTo(200);
        Thread.sleep(1100);
        assertThat(api.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    /** The pool reconnects in the background; until it has a connection a write still gets a clear 503. */
    private static HttpResponse<String> firstAcceptedWrite(OutageClient api, String token) throws Exception {
        long deadline = System.nanoTime() + RECOVERED_WITHIN.toNanos();
        HttpResponse<String> response = api.createTreatment(token);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            assertUnavailable(response);
            Thread.sleep(250);
            response = api.createTreatment(token);
        }
        return response;
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(response.body()).contains("De database is tijdelijk niet bereikbaar");
    }

    private static <T> T fast(Callable<T> request) throws Exception {
        long start = System.nanoTime();
        T response = request.call();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("answered within 2 s")
                .isLessThan(FAIL_FAST);
        return response;
    }
}
