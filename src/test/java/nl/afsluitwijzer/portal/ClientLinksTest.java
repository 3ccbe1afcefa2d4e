package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.LinkStatus;
import nl.afsluitwijzer.portal.internal.OpenedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClientLinksTest {

    private static final List<Integer> PHQ9 = List.of(2, 2, 1, 2, 1, 1, 2, 1, 0);

    @Autowired
    ClientLinks links;

    @Autowired
    Measurements measurements;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientFillsInOnceAndTheAnswersArriveAsAClientMeasurement() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9")));
        String token = issued[0].token();
        OpenedLink opened = links.open(token);
        assertThat(opened.status()).isEqualTo(LinkStatus.VALID);
        assertThat(opened.instruments()).containsExactly("PHQ9");
        links.submit(token, Map.of("PHQ9", PHQ9));
        assertThat(links.open(token).status()).isEqualTo(LinkStatus.USED);
        assertThat(links.open(token).firstName()).isNull();
        assertThatThrownBy(() -> links.submit(token, Map.of("PHQ9", PHQ9))).hasMessage("portal.link.unavailable");
        fixtures.as("behandelaar", () -> {
            List<MeasurementRecord> stored = measurements.of(CurrentUser.require(), treatment.getId());
            assertThat(stored).singleElement().satisfies(m -> {
                assertThat(m.total()).isEqualTo(12);
                assertThat(m.source()).isEqualTo(MeasurementSource.CLIENT);
            });
        });
    }

    @Test
    void invalidAnswersStoreNothingAndKeepTheLinkUsable() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9")));
        assertThatThrownBy(() -> links.submit(issued[0].token(), Map.of("PHQ9", List.of(1, 2))));
        assertThat(links.open(issued[0].token()).status()).isEqualTo(LinkStatus.VALID);
    }

    @Test
    void revokedExpiredAndUnknownLinksOpenNothing() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[2];
        fixtures.as("behandelaar", () -> {
            issued[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9"));
            issued[1] = links.create(CurrentUser.require(), treatment.getId(), List.of("GAD7"));
            links.revoke(CurrentUser.require(), treatment.getId(), issued[0].id());
        });
        assertThat(links.open(issued[0].token()).status()).isEqualTo(LinkStatus.REVOKED);
        jdbc.sql("UPDATE client_link SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), issued[1].id())
                .update();
        assertThat(links.open(issued[1].token()).status()).isEqualTo(LinkStatus.EXPIRED);
        assertThat(links.open(issued[1].token()).instruments()).isEmpty();
        assertThat(links.open("x".repeat(43)).status()).isEqualTo(LinkStatus.UNKNOWN);
        assertThat(links.open(null).status()).isEqualTo(LinkStatus.UNKNOWN);
    }

    @Test
    void tokensCarryAtLeast128BitsAndAreStoredOnlyHashed() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[1];
        fixtures.as(
                "behandelaar",
                () -> issued[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9")));
        assertThat(issued[0].token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        List<String> stored = jdbc.sql("SELECT token_hash FROM client_link WHERE id = ?")
                .param(issued[0].id())
                .query(String.class)
                .list();
        assertThat(stored)
                .singleElement()
                .isNotEqualTo(issued[0].token())
                .isEqualTo(ClientLinks.hash(issued[0].token()));
        assertThat(issued[0].expiresAt())
                .isAfter(Instant.now().plus(ClientLinks.VALIDITY).minusSeconds(60));
    }

    @Test
    void onlyTheTreatingTherapistMakesLinksOfKnownInstruments() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9")))
                        .isInstanceOf(TreatmentAccessDenied.class));
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() -> links.create(CurrentUser.require(), treatment.getId(), List.of("K10")))
                    .hasMessage("portal.link.instruments-required");
            assertThatThrownBy(() -> links.create(CurrentUser.require(), treatment.getId(), Collections.emptyList()))
                    .hasMessage("portal.link.instruments-required");
        });
    }
}
