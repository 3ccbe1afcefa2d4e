package nl.afsluitwijzer.interop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A known client whose earlier treatment has ended gets one new treatment when two requests start one at once;
 * the other request, and one that races an uncommitted start, get the "already has an open treatment" conflict.
 */
@IntegrationTest
class FirstOpenTreatmentTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoStartsForAKnownClientAtOnceMakeOneOpenTreatment() throws Exception {
        String reference = "TWEE-" + System.nanoTime();
        long client = clientWithAnEndedTreatment(reference);
        List<HttpResponse<String>> responses =
                AtOnce.run(() -> start(reference), () -> start(reference), () -> start(reference));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(responses)
                .filteredOn(r -> r.statusCode() == 409)
                .allSatisfy(r -> assertThat(r.body()).contains(reference));
        assertThat(openTreatments(client)).isEqualTo(1);
    }

    @Test
    void aStartRacingAnUncommittedStartGetsTheConflictNotAnError() throws Exception {
        String reference = "LAAT-" + System.nanoTime();
        long client = clientWithAnEndedTreatment(reference);
        HttpResponse<String> late =
                UncommittedFirst.whileRunning(dataSource, """
                INSERT INTO treatment (practice_id, client_id, therapist_id, phase, registration_date, start_date,
                    help_question, complex, closing_discussed_at_start, created_at)
                SELECT c.practice_id, c.id, u.id, 'TREATMENT', DATE '2026-11-02', DATE '2026-11-02', 'Eerder', FALSE,
                    TRUE, CURRENT_TIMESTAMP
                FROM client c, user_account u WHERE c.id = ? AND u.username = 'behandelaar'""", new Object[] {client}, () -> start(reference));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(late.body()).contains(reference);
        assertThat(openTreatments(client)).isEqualTo(1);
    }

    private HttpResponse<String> start(String reference) throws Exception {
        String body = """
                {"clientReference": "%s", "startDate": "2026-11-02", "helpQuestion": "Weer slapen",
                 "clientEstimateSessions": 8, "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9",
                 "goals": [{"description": "Voor 23:00 naar bed", "criterion": "Slaapdagboek"}]}""".formatted(reference);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/treatments"))
                .header("Authorization", Api.bearer(mvc, "behandelaar"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long clientWithAnEndedTreatment(String reference) {
        long practice = jdbc.sql("SELECT practice_id FROM user_account WHERE username = 'behandelaar'")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO client (practice_id, reference, display_name, created_at) "
                        + "VALUES (?, ?, 'Noor', CURRENT_TIMESTAMP)")
                .params(practice, reference)
                .update();
        long client = jdbc.sql("SELECT id FROM client WHERE reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO treatment (practice_id, client_id, therapist_id, phase, registration_date, start_date,
                    end_date, help_question, complex, closing_discussed_at_start, created_at)
                SELECT ?, ?, id, 'CLOSED', DATE '2025-01-06', DATE '2025-01-06', DATE '2025-04-07', 'Vroeger', FALSE,
                    TRUE, CURRENT_TIMESTAMP FROM user_account WHERE username = 'behandelaar'""").params(practice, client).update();
        return client;
    }

    private int openTreatments(long client) {
        return jdbc.sql("SELECT COUNT(*) FROM treatment WHERE client_id = ? AND phase NOT IN "
                        + "('CLOSED', 'TRANSFERRED', 'DROPPED_OUT')")
                .param(client)
                .query(Integer.class)
                .single();
    }
}
