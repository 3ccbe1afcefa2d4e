package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on an embedded H2 file database whose disk fills up while it runs (a simulated file
 * system, see {@link FullDisk}): writes get 503 with Retry-After instead of 500, pages a clear Dutch page,
 * and once space is back everything works again without a restart and nothing acknowledged is lost.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "afsluitwijzer.outage.readiness-hold=3s")
@DirtiesContext
class FullDiskTest {

    private static final Duration HOLD = Duration.ofSeconds(3);
    /** H2 writes in the background: the failure shows at a later commit, within about a second. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(10);

    private static final Path DIRECTORY =
            Path.of("target", "full-disk-" + System.nanoTime()).toAbsolutePath();

    /** WRITE_DELAY=0: a commit reaches the file before it is acknowledged, so a full disk fails it at once. */
    @DynamicPropertySource
    static void embeddedDatabaseOnAFillableDisk(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:" + FullDisk.prefix() + DIRECTORY.resolve("afsluitwijzer") + ";MODE=PostgreSQL"
                        + ";WRITE_DELAY=0");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @LocalServerPort
    int port;

    @AfterEach
    void freeTheDisk() {
        FullDisk.free();
    }

    @Test
    void aFullDiskRefusesWritesWith503AndTheApplicationRecoversWithoutARestart() throws Exception {
        OutageClient api = new OutageClient(port);
        String token = api.token("behandelaar");
        WebSession therapist = new WebSession(port);
        therapist.signIn("behandelaar", "demo");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acknowledged.add(OutageClient.locationOf(api.createTreatment(token)));
        }

        FullDisk.fill();
        HttpResponse<String> refused = firstRefusedWrite(api, token, acknowledged);
        assertThat(refused.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(refused.body()).contains("De opslag is vol");
        assertThat(api.get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
        assertThat(api.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertServedOrClearlyRefused(api.get(acknowledged.get(0), token));
        WebSession.Page page = firstRefusedPage(therapist);
        assertThat(page.body())
                .contains("Tijdelijk niet beschikbaar", "De opslag is vol")
                .doesNotContain("Exception");
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");

        FullDisk.free();
        acknowledged.add(OutageClient.locationOf(firstAcceptedWrite(api, token)));
        for (String treatment : acknowledged) {
            assertThat(api.get(treatment, token).statusCode()).as(treatment).isEqualTo(200);
        }
        assertThat(therapist.get("/caseload").status()).isEqualTo(200);
        Thread.sleep(HOLD.toMillis() + 100);
        assertThat(api.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    /** Writes until one is refused; a write acknowledged before that must survive, so it is remembered. */
    private static HttpResponse<String> firstRefusedWrite(OutageClient api, String token, List<String> acknowledged)
            throws Exception {
        Instant deadline = Instant.now().plus(NOTICED_WITHIN);
        while (true) {
            HttpResponse<String> response = api.createTreatment(token);
            if (response.statusCode() != 201 || Instant.now().isAfter(deadline)) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                return response;
            }
            acknowledged.add(OutageClient.locationOf(response));
        }
    }

    /** The first write after the space returns may still meet the closed database; the next one reopens it. */
    private static HttpResponse<String> firstAcceptedWrite(OutageClient api, String token) throws Exception {
        Instant deadline = Instant.now().plus(NOTICED_WITHIN);
        while (true) {
            HttpResponse<String> response = api.createTreatment(token);
            if (response.statusCode() != 503 || Instant.now().isAfter(deadline)) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                return response;
            }
            Thread.sleep(200);
        }
    }

    /** Pages are served as long as H2 keeps the changes in memory, then refused with the Dutch page. */
    private static WebSession.Page firstRefusedPage(WebSession session) throws Exception {
        Instant deadline = Instant.now().plus(NOTICED_WITHIN);
        while (true) {
            WebSession.Page page = session.get("/caseload");
            if (page.status() != 200 || Instant.now().isAfter(deadline)) {
                assertThat(page.status()).isEqualTo(503);
                return page;
            }
            Thread.sleep(200);
        }
    }

    /** While the disk is full even a read writes (the audit trail, the session): served, or a clear 503. */
    private static void assertServedOrClearlyRefused(HttpResponse<String> read) {
        assertThat(read.statusCode()).as(read.body()).isIn(200, 503);
        if (read.statusCode() == 503) {
            assertThat(read.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(read.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
