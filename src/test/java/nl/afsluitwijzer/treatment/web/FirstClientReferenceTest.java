package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two people registering the same new client reference at once make one client; the other is told so. */
@IntegrationTest
class FirstClientReferenceTest {

    private static final String FORM = "/behandelingen/nieuw";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoReferralsOfTheSameNewReferenceAtOnceMakeOneClient() throws Exception {
        String reference = "GELIJK-" + System.nanoTime();
        WebSession anna = signedIn();
        WebSession bram = signedIn();
        Map<String, String> annas = anna.formOf(FORM, referral(reference, "Hulpvraag van Anna"));
        Map<String, String> brams = bram.formOf(FORM, referral(reference, "Hulpvraag van Bram"));
        List<Page> pages =
                AtOnce.run(() -> anna.post("/behandelingen", annas), () -> bram.post("/behandelingen", brams));

        assertThat(pages).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
        Page loser = pages.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
        assertThat(loser.body())
                .contains(reference)
                .contains(loser == pages.get(0) ? "Hulpvraag van Anna" : "Hulpvraag van Bram");
        assertThat(clients(reference)).isEqualTo(1);
    }

    @Test
    void aReferralRacingAnUncommittedClientGetsTheRefusalNotAnError() throws Exception {
        String reference = "LAAT-" + System.nanoTime();
        Long practice =
                jdbc.sql("SELECT MIN(id) FROM practice").query(Long.class).single();
        WebSession late = signedIn();
        Map<String, String> form = late.formOf(FORM, referral(reference, "Te laat"));
        Page page = UncommittedFirst.whileRunning(
                dataSource, """
                INSERT INTO client (practice_id, reference, display_name, created_at)
                VALUES (?, ?, 'Iemand', CURRENT_TIMESTAMP)""", new Object[] {practice, reference}, () -> late.post("/behandelingen", form));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Te laat");
        assertThat(clients(reference)).isEqualTo(1);
    }

    private int clients(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE reference = ?")
                .param(reference)
                .query(Integer.class)
                .single();
    }

    private static Map<String, String> referral(String reference, String helpQuestion) {
        return Map.of(
                "reference",
                reference,
                "displayName",
                "Noor",
                "registrationDate",
                "2026-11-02",
                "helpQuestion",
                helpQuestion,
                "referrerKind",
                "GP");
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("behandelaar", "demo");
        return session;
    }
}
