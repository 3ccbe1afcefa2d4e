package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

/** Keys under pressure: parallel requests on the real server, claims left by a dead node, old keys. */
@IntegrationTest
class IdempotencyRaceTest {

    private static final int PARALLEL = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    IdempotencyKeyCleanup cleanup;

    @LocalServerPort
    int port;

    ApiCalls api;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(mvc, jdbc);
    }

    @Test
    void parallelRequestsWithTheSameKeyWriteOnceAndTheOthersGet409OrTheReplay() throws Exception {
        String body = ApiCalls.newTreatment();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ApiCalls.TREATMENTS))
                .header("Authorization", Api.bearer(mvc, "behandelaar"))
                .header("Content-Type", "application/json")
                .header(IdempotencyFilter.HEADER, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        List<HttpResponse<String>> responses = sendAtOnce(request);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment t JOIN client c ON c.id = t.client_id "
                                + "WHERE c.reference = ?")
                        .param(ApiCalls.referenceIn(body))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
        assertThat(responses)
                .filteredOn(r -> r.statusCode() == 201
                        && r.headers().firstValue("Idempotent-Replayed").isEmpty())
                .hasSize(1);
    }

    @Test
    void aClaimLeftByADeadNodeAnswers409UntilItIsAbandonedThenTheRetryRuns() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        MockHttpServletRequest request = api.request(
                        "behandelaar", ApiCalls.TREATMENTS + "/" + id + "/sessions", key, IdempotencyKeyApiTest.SESSION)
                .buildRequest(mvc.getDispatcherServlet().getServletContext());
        keys.claim(userId("behandelaar"), key, IdempotentRequest.hash(request, request.getContentAsByteArray()));
        api.addSession("behandelaar", id, key, IdempotencyKeyApiTest.SESSION)
                .andExpect(ApiCalls.problem(409, "Idempotency-Key"));
        startedAgo(key, Duration.ofMinutes(3));
        api.addSession("behandelaar", id, key, IdempotencyKeyApiTest.SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        api.addSession("behandelaar", id, key, IdempotencyKeyApiTest.SESSION)
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void anAttemptWhoseClaimWasTakenOverCannotStoreItsAnswer() {
        long user = userId("behandelaar");
        String key = UUID.randomUUID().toString();
        var slow = keys.claim(user, key, "a".repeat(64));
        startedAgo(key, Duration.ofMinutes(3));
        var retry = keys.claim(user, key, "a".repeat(64));
        assertThat(retry.outcome()).isEqualTo(IdempotencyKeys.Claim.Outcome.RUN);
        ReplayableResponse answer = ReplayableResponse.fromStored(201, "", new byte[] {1});
        assertThat(keys.complete(user, key, slow.owner(), answer)).isFalse();
        assertThat(keys.complete(user, key, retry.owner(), answer)).isTrue();
        assertThat(keys.claim(user, key, "a".repeat(64)).outcome()).isEqualTo(IdempotencyKeys.Claim.Outcome.REPLAY);
    }

    @Test
    void theHourlyCleanupForgetsKeysOlderThan24HoursAndKeepsYoungerOnes() {
        long user = userId("behandelaar");
        String old = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        keys.claim(user, old, "a".repeat(64));
        keys.claim(user, young, "a".repeat(64));
        createdAgo(old, Duration.ofHours(24).plusMinutes(1));
        createdAgo(young, Duration.ofHours(23));
        cleanup.run();
        assertThat(jdbc.sql("SELECT idempotency_key FROM idempotency_key WHERE idempotency_key IN (?, ?)")
                        .params(old, young)
                        .query(String.class)
                        .list())
                .containsExactly(young);
    }

    private List<HttpResponse<String>> sendAtOnce(HttpRequest request) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private void startedAgo(String key, Duration ago) {
        jdbc.sql("UPDATE idempotency_key SET started_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(ago)), key)
                .update();
    }

    private void createdAgo(String key, Duration ago) {
        jdbc.sql("UPDATE idempotency_key SET created_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(ago)), key)
                .update();
    }
}
