package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client link is a bearer secret: at least 128 random bits, for one treatment, expiring, and good for
 * nothing but its own pages — not the API, not a staff page, not another treatment.
 */
@IntegrationTest
class ClientLinkTokenTest {

    @Autowired
    AttackFixtures fixtures;

    @Autowired
    TestTreatments treatments;

    @Autowired
    ClientLinks links;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void tokensCarryAtLeast128RandomBitsAndAreStoredOnlyAsAHash() {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        Set<String> tokens = new HashSet<>();
        treatments.as("behandelaar", () -> {
            for (int i = 0; i < 20; i++) {
                tokens.add(links.create(CurrentUser.require(), treatment.id(), List.of("PHQ9"))
                        .token());
            }
        });
        assertThat(tokens).hasSize(20).allSatisfy(token -> {
            assertThat(Base64.getUrlDecoder().decode(token).length * 8).isGreaterThanOrEqualTo(128);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM client_link WHERE token_hash = ?")
                            .param(token)
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    void aLinkExpiresWithinTwoWeeksAndIsThenGone() {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        Map<String, Object> link = jdbc.sql("SELECT created_at, expires_at FROM client_link WHERE id = ?")
                .param(treatment.linkId())
                .query()
                .singleRow();
        Duration validity = Duration.between(
                ((Timestamp) link.get("created_at")).toInstant(), ((Timestamp) link.get("expires_at")).toInstant());
        assertThat(validity).isPositive().isLessThanOrEqualTo(Duration.ofDays(14));
        WebSession client = new WebSession(port);
        assertThat(client.get("/c/" + treatment.linkToken()).status()).isEqualTo(200);
        jdbc.sql("UPDATE client_link SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), treatment.linkId())
                .update();
        WebSession.Page expired = client.get("/c/" + treatment.linkToken() + "/1");
        assertThat(expired.status()).isEqualTo(410);
    }

    @Test
    void theClientPageShowsNoHealthDataOfTheTreatment() {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        String page = new WebSession(port).get("/c/" + treatment.linkToken()).body();
        assertThat(page).doesNotContain(treatment.reference()).doesNotContain("Weer sporten");
    }

    @Test
    void theTokenOpensNoOtherPage() {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        String token = treatment.linkToken();
        WebSession client = new WebSession(port);
        client.get("/c/" + token);
        for (String page : List.of(
                "/behandelingen/" + treatment.id(),
                "/caseload",
                "/profiel",
                "/behandelingen/" + treatment.id() + "?token=" + token,
                "/c/" + token + "/../../behandelingen/" + treatment.id())) {
            assertThat(client.get(page).status()).as(page).isIn(302, 400, 401, 403, 404);
        }
        assertThat(client.get("/api/v1/treatments/" + treatment.id(), "Authorization", "Bearer " + token)
                        .status())
                .isEqualTo(401);
        WebSession asCookie = new WebSession(port);
        asCookie.useSession(token);
        assertThat(asCookie.get("/behandelingen/" + treatment.id()).status()).isEqualTo(302);
    }

    /** A forged session cookie that decodes to a NUL byte is no session (PostgreSQL would refuse the lookup). */
    @Test
    void aSessionCookieWithControlCharactersIsNoSessionNotAnError() {
        WebSession forged = new WebSession(port);
        forged.useSession("AGFiYw==");
        assertThat(forged.get("/caseload").status()).isEqualTo(302);
    }

    @Test
    void aLinkAnswersForItsOwnTreatmentOnlyWhateverTheRequestSays() {
        AttackFixtures.Case own = fixtures.of("behandelaar");
        AttackFixtures.Case other = fixtures.of("behandelaar2");
        WebSession client = new WebSession(port);
        client.get("/c/" + own.linkToken());
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            answers.put("item-" + (i + 1), "1");
        }
        answers.put("treatmentId", other.id().toString());
        answers.put("id", other.id().toString());
        client.submit("/c/" + own.linkToken() + "/1", "/c/" + own.linkToken() + "/1", answers);
        client.submit(
                "/c/" + own.linkToken() + "/versturen",
                "/c/" + own.linkToken() + "/versturen",
                Map.of("treatmentId", other.id().toString()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?")
                        .param(other.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?")
                        .param(own.id())
                        .query(Long.class)
                        .single())
                .as("the answers arrived, at the link's own treatment")
                .isOne();
    }

    @Test
    void aRevokedLinkIsGoneAtOnce() {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        treatments.as("behandelaar", () -> {
            issued[0] = links.create(CurrentUser.require(), treatment.id(), List.of("GAD7"));
            links.revoke(CurrentUser.require(), treatment.id(), issued[0].id());
        });
        assertThat(new WebSession(port).get("/c/" + issued[0].token()).status()).isEqualTo(410);
    }
}
