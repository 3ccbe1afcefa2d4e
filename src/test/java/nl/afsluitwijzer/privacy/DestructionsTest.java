package nl.afsluitwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.audit.AuditVerification;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.DestructionRequest.RequestedBy;
import nl.afsluitwijzer.privacy.internal.NewDestructionRequest;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Destroying a client's record removes every module's rows in one go; the audit trail and the decision stay. */
@IntegrationTest
class DestructionsTest {

    /** Every table that holds a client's clinical data, with how to find this client's rows. */
    private static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry("client", "id = :client"),
            Map.entry("treatment", "client_id = :client"),
            Map.entry("expected_sessions", "treatment_id IN (:treatments)"),
            Map.entry("phase_change", "treatment_id IN (:treatments)"),
            Map.entry("goal", "treatment_id IN (:treatments)"),
            Map.entry("goal_status_change", "goal_id IN (:goals)"),
            Map.entry("treatment_session", "treatment_id IN (:treatments)"),
            Map.entry("next_appointment_answer", "treatment_id IN (:treatments)"),
            Map.entry("discussion", "treatment_id IN (:treatments)"),
            Map.entry("measurement", "treatment_id IN (:treatments)"),
            Map.entry("evaluation", "treatment_id IN (:treatments)"),
            Map.entry("extension_reason_code", "evaluation_id IN (:evaluations)"),
            Map.entry("evaluation_support_question", "evaluation_id IN (:evaluations)"),
            Map.entry("closing_plan", "treatment_id IN (:treatments)"),
            Map.entry("fading_out_session", "closing_plan_id IN (:plans)"),
            Map.entry("closing_support", "closing_plan_id IN (:plans)"),
            Map.entry("closing_client_answers", "treatment_id IN (:treatments)"),
            Map.entry("closing_letter", "treatment_id IN (:treatments)"),
            Map.entry("client_link", "treatment_id IN (:treatments)"),
            Map.entry("signal_acknowledgement", "treatment_id IN (:treatments)"),
            Map.entry("signal_risk_assessment", "treatment_id IN (:treatments)"),
            Map.entry("case_discussion", "treatment_id IN (:treatments)"));

    @Autowired
    Destructions destructions;

    @Autowired
    ClientRecordFixtures records;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChain chain;

    @Test
    void destroyingRemovesEveryModulesRowsAndKeepsTheAuditTrailAndTheDecision() {
        Treatment treatment = records.complete();
        Long client = treatment.getClientId();
        String reference = fixtures.referenceOf(treatment);
        Map<String, Object> keys = keysOf(treatment);
        ROWS.forEach((table, where) ->
                assertThat(count(table, where, keys)).as(table).isPositive());
        int auditBefore = auditEntries(reference);
        Long[] request = new Long[1];

        fixtures.as("manager", () -> {
            DestructionRequest recorded = destructions.record(
                    CurrentUser.require(),
                    client,
                    new NewDestructionRequest(
                            LocalDate.of(2026, 5, 1), RequestedBy.CLIENT, "per brief, naam in notitie"));
            request[0] = recorded.getId();
            assertThat(recorded.deadline()).isEqualTo(LocalDate.of(2026, 8, 1));
            destructions.destroy(
                    CurrentUser.require(), client, recorded.getId(), recorded.getVersion(), " " + reference + " ");
        });

        ROWS.forEach((table, where) ->
                assertThat(count(table, where, keys)).as(table).isZero());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_discussion WHERE id IN (:ids)")
                        .param("ids", keys.get("discussions"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(auditEntries(reference)).isGreaterThan(auditBefore);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'DELETE' AND object_type = 'CLIENT_RECORD'
                AND object_id = ?""").param(client.toString()).query(Integer.class).single())
                .isEqualTo(1);
        AuditVerification verification = chain.verify();
        assertThat(verification.intact())
                .as(String.valueOf(verification.firstBreak()))
                .isTrue();
        Map<String, Object> kept = jdbc.sql("SELECT * FROM destruction_request WHERE id = ?")
                .param(request[0])
                .query()
                .singleRow();
        assertThat(kept)
                .containsEntry("client_marker", "VERNIETIGD-" + client)
                .containsEntry("decision", "DESTROY")
                .containsEntry("decided_by", "manager")
                .containsEntry("note", null);
        assertThat(kept.get("destroyed_at")).isNotNull();
    }

    @Test
    void anEarlierRefusedRequestNamesTheDestroyedRecordByItsMarkerAndLosesItsNote() {
        Treatment treatment = records.complete();
        Long client = treatment.getClientId();
        Long[] ids = new Long[2];
        fixtures.as("manager", () -> {
            DestructionRequest first = destructions.record(
                    CurrentUser.require(),
                    client,
                    new NewDestructionRequest(
                            LocalDate.of(2026, 5, 1), RequestedBy.CLIENT, "eerste verzoek, per brief"));
            destructions.refuse(
                    CurrentUser.require(),
                    client,
                    first.getId(),
                    first.getVersion(),
                    "Lopende klacht bij de commissie");
            DestructionRequest second = destructions.record(
                    CurrentUser.require(),
                    client,
                    new NewDestructionRequest(LocalDate.of(2026, 6, 1), RequestedBy.CLIENT, null));
            destructions.destroy(
                    CurrentUser.require(),
                    client,
                    second.getId(),
                    second.getVersion(),
                    fixtures.referenceOf(treatment));
            ids[0] = first.getId();
            ids[1] = second.getId();
        });

        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT client_marker, note, refusal_reason FROM destruction_request WHERE id IN (?, ?) ORDER BY id")
                .params(ids[0], ids[1])
                .query()
                .listOfRows();
        assertThat(rows)
                .extracting(row -> row.get("client_marker"))
                .containsExactly("VERNIETIGD-" + client, "VERNIETIGD-" + client);
        assertThat(rows).extracting(row -> row.get("note")).containsOnlyNulls();
        assertThat(rows.get(0)).containsEntry("refusal_reason", "Lopende klacht bij de commissie");
    }

    @Test
    void aWrongConfirmationDestroysNothing() {
        Treatment treatment = records.complete();
        fixtures.as("manager", () -> {
            DestructionRequest recorded = destructions.record(
                    CurrentUser.require(),
                    treatment.getClientId(),
                    new NewDestructionRequest(LocalDate.of(2026, 5, 1), RequestedBy.CLIENT, null));
            assertThatThrownBy(() -> destructions.destroy(
                            CurrentUser.require(),
                            treatment.getClientId(),
                            recorded.getId(),
                            recorded.getVersion(),
                            "iets anders"))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "privacy.destroy.confirmation.mismatch");
        });
        assertThat(count("treatment", "client_id = :client", keysOf(treatment))).isEqualTo(1);
    }

    @Test
    void aRefusalKeepsTheDataAndItsReasonAndIsDecidedOnce() {
        Treatment treatment = records.complete();
        Long client = treatment.getClientId();
        fixtures.as("manager", () -> {
            DestructionRequest recorded = destructions.record(
                    CurrentUser.require(),
                    client,
                    new NewDestructionRequest(LocalDate.of(2026, 5, 1), RequestedBy.REPRESENTATIVE, null));
            destructions.refuse(
                    CurrentUser.require(),
                    client,
                    recorded.getId(),
                    recorded.getVersion(),
                    "Lopende klacht bij de commissie");
            assertThatThrownBy(() -> destructions.refuse(
                            CurrentUser.require(), client, recorded.getId(), recorded.getVersion(), "nogmaals"))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "privacy.request.changed");
            DestructionRequest refused =
                    destructions.forClient(CurrentUser.require(), client).get(0);
            assertThat(refused.getDecision()).isEqualTo(DestructionRequest.Decision.REFUSE);
            assertThat(refused.getRefusalReason()).isEqualTo("Lopende klacht bij de commissie");
            assertThatThrownBy(() -> destructions.destroy(
                            CurrentUser.require(),
                            client,
                            refused.getId(),
                            refused.getVersion(),
                            fixtures.referenceOf(treatment)))
                    .isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "privacy.request.decided");
        });
        assertThat(count("measurement", "treatment_id IN (:treatments)", keysOf(treatment)))
                .isEqualTo(3);
        assertThat(count("evaluation_support_question", "evaluation_id IN (:evaluations)", keysOf(treatment)))
                .isEqualTo(1);
    }

    @Test
    void onlyTheManagerRecordsOrDecides() {
        Treatment treatment = records.complete();
        for (String user : new String[] {"behandelaar", "beheer"}) {
            fixtures.as(
                    user,
                    () -> assertThatThrownBy(() -> destructions.record(
                                    CurrentUser.require(),
                                    treatment.getClientId(),
                                    new NewDestructionRequest(LocalDate.of(2026, 5, 1), RequestedBy.CLIENT, null)))
                            .isInstanceOf(DomainException.class)
                            .hasFieldOrPropertyWithValue("messageKey", "privacy.manager-only"));
        }
    }

    private Map<String, Object> keysOf(Treatment treatment) {
        List<Long> treatments = List.of(treatment.getId());
        return Map.of(
                "client",
                treatment.getClientId(),
                "treatments",
                treatments,
                "goals",
                ids("SELECT id FROM goal WHERE treatment_id IN (:ids)", treatments),
                "evaluations",
                ids("SELECT id FROM evaluation WHERE treatment_id IN (:ids)", treatments),
                "plans",
                ids("SELECT id FROM closing_plan WHERE treatment_id IN (:ids)", treatments),
                "discussions",
                ids("SELECT id FROM case_discussion WHERE treatment_id IN (:ids)", treatments));
    }

    private List<Long> ids(String sql, List<Long> treatments) {
        List<Long> found =
                jdbc.sql(sql).param("ids", treatments).query(Long.class).list();
        return found.isEmpty() ? List.of(-1L) : found;
    }

    private int count(String table, String where, Map<String, Object> keys) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where);
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            if (where.contains(":" + key.getKey())) {
                spec = spec.param(key.getKey(), key.getValue());
            }
        }
        return spec.query(Integer.class).single();
    }

    private int auditEntries(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE client_reference = ?")
                .param(reference)
                .query(Integer.class)
                .single();
    }
}
