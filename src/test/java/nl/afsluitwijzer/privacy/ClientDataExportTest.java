package nl.afsluitwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inzage holds every module's data of the client, as JSON and as a Dutch PDF, and is logged. */
@IntegrationTest
class ClientDataExportTest {

    @Autowired
    ClientDataExport export;

    @Autowired
    ClientRecordFixtures records;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theJsonHoldsEveryPartOfTheRecordWithIsoDatesAndNoTokens() {
        Treatment treatment = records.complete();
        byte[][] out = new byte[1][];
        fixtures.as("behandelaar", () -> out[0] = export.json(CurrentUser.require(), treatment.getClientId()));
        String text = new String(out[0], StandardCharsets.UTF_8);
        JsonNode root = json.readTree(text);

        assertThat(root.get("client").get("reference").asString()).isEqualTo(fixtures.referenceOf(treatment));
        JsonNode t = root.get("treatments").get(0);
        assertThat(t.get("registrationDate").asString()).isEqualTo("2026-01-05");
        assertThat(t.get("agreements").get("closingDiscussedAtStart").asBoolean())
                .isTrue();
        assertThat(t.get("expectedSessionsHistory").size()).isEqualTo(2);
        assertThat(t.get("phaseHistory").size()).isGreaterThanOrEqualTo(2);
        assertThat(t.get("goals").get(0).get("statusHistory").toString()).contains("REACHED", "2026-03-16");
        assertThat(t.get("sessions").size()).isEqualTo(10);
        assertThat(t.get("discussions").size()).isGreaterThanOrEqualTo(2);
        assertThat(t.get("measurements").size()).isEqualTo(3);
        assertThat(t.get("measurements").get(0).get("itemAnswers").size()).isEqualTo(9);
        assertThat(t.get("evaluations").get(0).get("extensionReasons").toString())
                .contains("FEAR_OF_RELAPSE", "NEW_GOALS");
        assertThat(t.get("evaluations").get(0).get("supportQuestions").toString())
                .contains("LIFE_EVENTS", "baan verloren", "true");
        assertThat(t.get("closing").get("fadingOut").size()).isEqualTo(2);
        assertThat(t.get("closing").get("clientAnswers").get("learned").asString())
                .contains("piekeren");
        assertThat(t.get("letters").get(0).get("kind").asString()).isEqualTo("CLIENT");
        assertThat(t.get("clientLinks").get(0).get("instruments").get(0).asString())
                .isEqualTo("PHQ9");
        assertThat(t.get("signalAcknowledgements").size()).isPositive();
        assertThat(t.get("riskAssessments").get(0).get("outcome").asString()).isEqualTo("NO_ACUTE_RISK");
        assertThat(text).doesNotContainIgnoringCase("token").doesNotContain("hash");
        assertThat(exports(treatment, "/json")).isEqualTo(1);
    }

    @Test
    void thePdfIsReadableDutchWithTheSameRecord() {
        Treatment treatment = records.complete();
        byte[][] out = new byte[1][];
        fixtures.as("manager", () -> out[0] = export.pdf(CurrentUser.require(), treatment.getClientId()));
        PdfPages.save("inzage", out[0]);
        String text = PdfPages.text(out[0]);
        assertThat(text)
                .contains(
                        "Gegevens van cliënt " + fixtures.referenceOf(treatment),
                        "Hulpvraag",
                        "Behandeling 1",
                        "Sessies",
                        "Metingen",
                        "PHQ9",
                        "Evaluaties",
                        "Afronding",
                        "Brieven",
                        "Persoonlijke links",
                        "Ik heb geleerd te stoppen met piekeren",
                        "Risicotaxaties",
                        "Geen acuut risico: besproken",
                        "Ingrijpende gebeurtenissen");
        assertThat(exports(treatment, "/pdf")).isEqualTo(1);
    }

    @Test
    void anotherTherapistAndTheAdministratorGetNothing() {
        Treatment treatment = records.complete();
        for (String user : new String[] {"behandelaar2", "beheer"}) {
            fixtures.as(
                    user,
                    () -> assertThatThrownBy(() -> export.json(CurrentUser.require(), treatment.getClientId()))
                            .isInstanceOf(TreatmentAccessDenied.class));
        }
        assertThat(exports(treatment, "/json")).isZero();
    }

    private int exports(Treatment treatment, String format) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'CLIENT_DATA'
                AND object_id = ? AND client_reference = ?""")
                .params(treatment.getClientId() + format, fixtures.referenceOf(treatment))
                .query(Integer.class)
                .single();
    }
}
