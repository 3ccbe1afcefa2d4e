package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.TestUsers;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.signal.internal.SignalStates;
import nl.afsluitwijzer.support.CountedStatements;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The caseload API of today serves its rows from the stored signal state: the same signals (texts, acknowledged or
 * not), n and E as the engine gives for each treatment at that moment, without reading the treatments' records; and
 * a state computed from the records of before a change (stamped with an older generation) is never served.
 */
@IntegrationTest
@Import(CountedStatements.Recording.class)
class CaseloadFromStateTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Treatments treatments;

    @Autowired
    SignalAcknowledging acknowledging;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalStates states;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ObjectMapper json;

    @Test
    void eachRowOfTodayIsWhatTheEngineSaysReadFromTheStoredState() throws Exception {
        UserAccount therapist = testUsers.newTherapist("state");
        Treatment acknowledged = fixtures.startedBy(therapist.getUsername());
        fixtures.startedBy(therapist.getUsername());
        fixtures.referredBy(therapist.getUsername(), PracticeDay.today().minusWeeks(3));
        fixtures.as(
                therapist.getUsername(),
                () -> acknowledging.acknowledge(
                        CurrentUser.require(),
                        acknowledged.getId(),
                        SignalCode.NO_RECENT_CONTACT,
                        AcknowledgementChoice.forCode(SignalCode.NO_RECENT_CONTACT)
                                .get(0),
                        "afgesproken pauze"));

        for (String username : List.of("behandelaar", therapist.getUsername(), "manager")) {
            String token = testUsers.bearer(username);
            body("/api/v1/caseload?size=200", token);
            List<String> statements = CountedStatements.during(() -> body("/api/v1/caseload?size=200", token));
            assertThat(String.join("\n", statements).toLowerCase(Locale.ROOT))
                    .as(username + ": served from the state, no record of a treatment read")
                    .doesNotContain("treatment_session")
                    .doesNotContain("measurement")
                    .doesNotContain("evaluation");

            JsonNode page = json.readTree(body("/api/v1/caseload?size=200", token));
            assertThat(page.get("treatments").size()).as(username).isPositive();
            for (JsonNode row : page.get("treatments")) {
                long id = row.get("treatmentId").asLong();
                JsonNode evaluated = json.readTree(body("/api/v1/treatments/" + id + "/signals", token));
                assertThat(row.get("signals")).as(username + " treatment " + id).isEqualTo(evaluated.get("signals"));
                TreatmentFile file = fileOf(username, id);
                assertThat(row.get("n").asInt()).isEqualTo(file.attendedSessions(PracticeDay.today()));
                assertThat(
                                row.get("expectedSessions").isNull()
                                        ? null
                                        : row.get("expectedSessions").asInt())
                        .isEqualTo(file.treatment().expectedSessions().orElse(null));
                assertThat(row.get("clientReference").asString())
                        .isEqualTo(file.client().getReference());
                assertThat(row.get("phase").asString())
                        .isEqualTo(file.treatment().getPhase().name());
            }
        }
        JsonNode own = json.readTree(body("/api/v1/caseload?size=200", testUsers.bearer(therapist.getUsername())));
        assertThat(own.findValues("acknowledged").stream().anyMatch(JsonNode::asBoolean))
                .as("the acknowledged signal, marked")
                .isTrue();
    }

    @Test
    void aStateComputedFromTheRecordsOfBeforeAChangeIsNeverServed() throws Exception {
        UserAccount therapist = testUsers.newTherapist("state");
        Treatment treatment = fixtures.startedBy(therapist.getUsername());
        String token = testUsers.bearer(therapist.getUsername());
        body("/api/v1/caseload", token);
        long before = generationOf(treatment);

        fixtures.as(
                therapist.getUsername(),
                () -> changes.addSession(
                        CurrentUser.require(), treatment.getId(), PracticeDay.today(), SessionKind.TREATMENT, true));
        assertThat(generationOf(treatment)).as("raised by the change").isEqualTo(before + 1);
        body("/api/v1/caseload", token);
        assertThat(stampOf(treatment)).isEqualTo(before + 1);

        // the race: a read computed the state from the records of before a change and stored it after the change's
        // delete ran; the change committed with a raised generation
        jdbc.sql("UPDATE treatment_signal_state SET signals = ?, attended_sessions = 0 WHERE treatment_id = ?")
                .params("[]", treatment.getId())
                .update();
        jdbc.sql("UPDATE treatment_signal_generation SET generation = generation + 1 WHERE treatment_id = ?")
                .param(treatment.getId())
                .update();

        JsonNode row =
                json.readTree(body("/api/v1/caseload", token)).get("treatments").get(0);
        JsonNode evaluated = json.readTree(body("/api/v1/treatments/" + treatment.getId() + "/signals", token));
        assertThat(row.get("n").asInt()).isEqualTo(1);
        assertThat(row.get("signals")).isEqualTo(evaluated.get("signals"));
        assertThat(stampOf(treatment)).as("computed again").isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT attended_sessions FROM treatment_signal_state WHERE treatment_id = ?")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /**
     * The race itself: a refresh reads the generations and records while a change of the treatment is under way,
     * and stores the state after the change's delete of it (it waits for the change's row lock); the change then
     * commits. The stored state carries the generation of before the change, so the refresh's next round finds it
     * outdated and computes it again: two computations for one treatment, and the state and the row show the change.
     * Without the stamps the state of before would be stored as current for the rest of the day.
     */
    @Test
    void aStateARefreshStoresWhileAChangeIsUnderWayIsComputedAgain() throws Exception {
        UserAccount therapist = testUsers.newTherapist("state");
        Treatment treatment = fixtures.startedBy(therapist.getUsername());
        String token = testUsers.bearer(therapist.getUsername());
        body("/api/v1/caseload", token);
        long before = generationOf(treatment);
        jdbc.sql("UPDATE treatment_signal_state SET computed_for = ? WHERE treatment_id = ?")
                .params(java.sql.Date.valueOf(PracticeDay.today().minusDays(1)), treatment.getId())
                .update();

        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> change = threads.submit(() -> fixtures.as(
                    therapist.getUsername(),
                    () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        changes.addSession(
                                CurrentUser.require(),
                                treatment.getId(),
                                PracticeDay.today(),
                                SessionKind.TREATMENT,
                                true);
                        changed.countDown();
                        await(release);
                    })));
            assertThat(changed.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Integer> refresh =
                    threads.submit(() -> states.refresh(TreatmentScope.openAmong(List.of(treatment.getId()))));
            // time for the refresh to read the generations and records and to reach the change's row lock
            Thread.sleep(1500);
            release.countDown();
            change.get(20, TimeUnit.SECONDS);
            assertThat(refresh.get(20, TimeUnit.SECONDS))
                    .as("computed from the records of before, then again: the race took place and was caught")
                    .isEqualTo(2);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        assertThat(generationOf(treatment)).isEqualTo(before + 1);
        assertThat(stampOf(treatment)).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT attended_sessions FROM treatment_signal_state WHERE treatment_id = ?")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .as("the session of the change")
                .isEqualTo(1);
        List<String> statements = CountedStatements.during(() -> body("/api/v1/caseload", token));
        assertThat(String.join("\n", statements)).as("served from the state").doesNotContain("treatment_session");
        JsonNode row =
                json.readTree(body("/api/v1/caseload", token)).get("treatments").get(0);
        JsonNode evaluated = json.readTree(body("/api/v1/treatments/" + treatment.getId() + "/signals", token));
        assertThat(row.get("n").asInt()).isEqualTo(1);
        assertThat(row.get("signals")).isEqualTo(evaluated.get("signals"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TreatmentFile fileOf(String username, long id) {
        TreatmentFile[] file = new TreatmentFile[1];
        fixtures.as(username, () -> file[0] = treatments.open(CurrentUser.require(), id));
        return file[0];
    }

    private long generationOf(Treatment treatment) {
        return jdbc.sql("SELECT generation FROM treatment_signal_generation WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    private long stampOf(Treatment treatment) {
        return jdbc.sql("SELECT treatment_generation FROM treatment_signal_state WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
    }

    private String body(String url, String token) throws Exception {
        return mvc.perform(get(url).header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
