package nl.afsluitwijzer.closing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.AtOnce;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.UncommittedFirst;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two therapists open the closing page of a treatment that has no plan yet and both save: one plan is kept, the
 * other person is told someone else saved first and sees their own text again.
 */
@IntegrationTest
class FirstClosingPlanTest {

    private static final String INSERT = """
            INSERT INTO closing_plan (treatment_id, started_on, return_guarantee_discussed, end_measurement_done,
                handover_joint_conversation, handover_written, handover_oral, created_at, updated_at)
            VALUES (?, DATE '2026-03-02', FALSE, FALSE, FALSE, FALSE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""";

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    DataSource dataSource;

    @Test
    void twoFirstSavesAtOnceKeepOnePlanAndGiveTheOtherTheConflictWithTheirOwnText() throws Exception {
        for (int round = 0; round < 3; round++) {
            Long id = closingWithoutPlan().getId();
            String path = "/behandelingen/" + id + "/afronden";
            WebSession anna = signedIn();
            WebSession bram = signedIn();
            Map<String, String> annas = anna.formOf(path, Map.of("version", "-1", "learned", "Anna schreef dit"));
            Map<String, String> brams = bram.formOf(path, Map.of("version", "-1", "learned", "Bram schreef dit"));
            List<Page> pages = AtOnce.run(() -> anna.post(path, annas), () -> bram.post(path, brams));

            assertThat(pages).extracting(Page::status).containsExactlyInAnyOrder(302, 200);
            Page loser =
                    pages.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
            String loserText = loser == pages.get(0) ? "Anna schreef dit" : "Bram schreef dit";
            String winnerText = loser == pages.get(0) ? "Bram schreef dit" : "Anna schreef dit";
            assertThat(loser.body())
                    .contains(html(messages.getMessage("closing.conflict", null, Locale.ROOT)))
                    .contains(loserText);
            assertThat(jdbc.sql("SELECT learned FROM closing_plan WHERE treatment_id = ?")
                            .param(id)
                            .query(String.class)
                            .list())
                    .containsExactly(winnerText);
        }
    }

    @Test
    void aFormBasedOnNoPlanIsRefusedOnceAPlanWasSaved() {
        Long id = closingWithoutPlan().getId();
        String path = "/behandelingen/" + id + "/afronden";
        WebSession first = signedIn();
        assertThat(first.submit(path, path, Map.of("version", "-1", "learned", "Eerst"))
                        .status())
                .isEqualTo(302);
        Page second = signedIn().submit(path, path, Map.of("version", "-1", "learned", "Daarna"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Daarna");
        assertThat(jdbc.sql("SELECT learned FROM closing_plan WHERE treatment_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Eerst");
    }

    @Test
    void theDatabaseRefusesASecondPlanForATreatment() {
        Long id = closingWithoutPlan().getId();
        jdbc.sql(INSERT).param(id).update();
        assertThatThrownBy(() -> jdbc.sql(INSERT).param(id).update()).isInstanceOf(DuplicateKeyException.class);
    }

    /** Someone's plan is being inserted but not yet committed: the request reads "none", and only the key stops it. */
    @Test
    void aSaveThatRacesAnUncommittedFirstPlanGetsTheConflictNotAnError() throws Exception {
        Long id = closingWithoutPlan().getId();
        String path = "/behandelingen/" + id + "/afronden";
        WebSession late = signedIn();
        Map<String, String> form = late.formOf(path, Map.of("version", "-1", "learned", "Te laat"));
        Page page = UncommittedFirst.whileRunning(dataSource, INSERT, new Object[] {id}, () -> late.post(path, form));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Te laat");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM closing_plan WHERE treatment_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private Treatment closingWithoutPlan() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar",
                () -> changes.changePhase(
                        CurrentUser.require(), treatment.getId(), null, Phase.CLOSING, LocalDate.of(2026, 3, 2), null));
        return treatment;
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("behandelaar", "demo");
        return session;
    }

    static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
