package nl.afsluitwijzer.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client has at most one undecided destruction request, also when two managers record one at once. */
@IntegrationTest
class FirstDestructionRequestTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    DataSource dataSource;

    @Test
    void twoRequestsRecordedAtOnceKeepOneAndShowTheOtherManagerTheConflictWithTheirNote() throws Exception {
        Long client = fixtures.startedBy("behandelaar").getClientId();
        String path = "/clienten/" + client + "/privacy";
        WebSession anna = signedIn();
        WebSession bram = signedIn();
        Map<String, String> annas = anna.formOf(path, fields("Anna belde"));
        Map<String, String> brams = bram.formOf(path, fields("Bram kreeg een brief"));
        List<Page> pages =
                AtOnce.run(() -> anna.post(path + "/verzoeken", annas), () -> bram.post(path + "/verzoeken", brams));

        assertThat(pages).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
        Page loser = pages.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
        assertThat(loser.body())
                .contains(messages.getMessage("privacy.request.changed", null, Locale.ROOT))
                .contains(loser == pages.get(0) ? "Anna belde" : "Bram kreeg een brief");
        assertThat(openRequests(client)).isEqualTo(1);
    }

    @Test
    void aRequestRacingAnUncommittedOneGetsTheConflictNotAnError() throws Exception {
        Long client = fixtures.startedBy("behandelaar").getClientId();
        Long practice = jdbc.sql("SELECT practice_id FROM client WHERE id = ?")
                .param(client)
                .query(Long.class)
                .single();
        String path = "/clienten/" + client + "/privacy";
        WebSession late = signedIn();
        Map<String, String> form = late.formOf(path, fields("Te laat"));
        Page page = UncommittedFirst.whileRunning(
                dataSource, """
                INSERT INTO destruction_request (practice_id, client_id, open_client_id, received_on, requested_by,
                    recorded_by, recorded_at) VALUES (?, ?, ?, DATE '2026-11-02', 'CLIENT', 'iemand', CURRENT_TIMESTAMP)""", new Object[] {practice, client, client}, () -> late.post(path + "/verzoeken", form));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Te laat");
        assertThat(openRequests(client)).isEqualTo(1);
    }

    private int openRequests(Long client) {
        return jdbc.sql("SELECT COUNT(*) FROM destruction_request WHERE client_id = ? AND decision IS NULL")
                .param(client)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> fields(String note) {
        return Map.of("receivedOn", "2026-11-02", "requestedBy", "CLIENT", "note", note);
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("manager", "demo");
        return session;
    }
}
