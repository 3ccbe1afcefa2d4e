package nl.afsluitwijzer.benchmark.practice;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The tables a generated practice fills, as JDBC batches in foreign-key order, with the next id of each table
 * that has an identity column. Ids are given explicitly (the tables generate them only BY DEFAULT), starting after
 * the highest id present; {@link #restartIdentities} then moves every identity past them, so the application's own
 * inserts continue after the generated rows.
 */
final class PracticeTables implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final Map<String, Long> lastIds = new LinkedHashMap<>();

    final Batch client;
    final Batch treatment;
    final Batch phaseChange;
    final Batch expectedSessions;
    final Batch goal;
    final Batch goalStatusChange;
    final Batch session;
    final Batch measurement;
    final Batch evaluation;
    final Batch goalScore;
    final Batch extensionReason;
    final Batch closingPlan;
    final Batch fadingOut;
    final Batch closingSupport;
    final Batch closingMissingItem;
    final Batch letter;

    PracticeTables(Connection connection) throws SQLException {
        this.connection = connection;
        client = batch(
                "client",
                true,
                "id",
                "practice_id",
                "reference",
                "display_name",
                "birth_year",
                "gp_name",
                "gp_practice",
                "created_at",
                "version");
        treatment = batch(
                "treatment",
                true,
                "id",
                "practice_id",
                "client_id",
                "therapist_id",
                "phase",
                "registration_date",
                "intake_date",
                "start_date",
                "end_date",
                "help_question",
                "scope_note",
                "complex",
                "primary_instrument",
                "closing_discussed_at_start",
                "client_estimate_sessions",
                "therapist_estimate_sessions",
                "agreements_set_on",
                "created_at",
                "version",
                "referrer_kind",
                "referrer_name",
                "ehealth_offered",
                "ehealth_offer",
                "screened_on",
                "screening_outcome",
                "screening_reasons",
                "screening_other_reason",
                "screened_by");
        phaseChange = batch(
                "phase_change",
                true,
                "id",
                "treatment_id",
                "changed_on",
                "phase",
                "reason",
                "changed_by",
                "sequence_number");
        expectedSessions = batch(
                "expected_sessions",
                true,
                "id",
                "treatment_id",
                "effective_date",
                "sessions",
                "sequence_number",
                "origin");
        goal = batch("goal", true, "id", "treatment_id", "description", "criterion", "added_on", "status", "version");
        goalStatusChange =
                batch("goal_status_change", true, "id", "goal_id", "changed_on", "status", "sequence_number");
        session = batch(
                "treatment_session", true, "id", "treatment_id", "session_date", "kind", "attended", "recorded_at");
        measurement = batch(
                "measurement",
                true,
                "id",
                "treatment_id",
                "instrument",
                "measured_on",
                "total",
                "band",
                "answers",
                "goal_id",
                "source",
                "recorded_by",
                "recorded_at");
        evaluation = batch(
                "evaluation",
                true,
                "id",
                "treatment_id",
                "evaluated_on",
                "kind",
                "alliance_rating",
                "motivation_rating",
                "colleague_present",
                "client_view",
                "note",
                "decision",
                "previous_expected_sessions",
                "new_expected_sessions",
                "other_reason",
                "plan",
                "review_after_sessions",
                "recorded_by",
                "recorded_at");
        goalScore = batch("goal_score", false, "evaluation_id", "goal_id", "score");
        extensionReason = batch("extension_reason_code", false, "evaluation_id", "code");
        closingPlan = batch(
                "closing_plan",
                true,
                "id",
                "treatment_id",
                "started_on",
                "learned",
                "keep_result",
                "contacts",
                "relatives",
                "ehealth",
                "return_guarantee_discussed",
                "ritual",
                "ritual_note",
                "end_measurement_done",
                "handover_to",
                "handover_organisation",
                "handover_joint_conversation",
                "handover_written",
                "handover_oral",
                "closed_on",
                "closing_reason",
                "closing_reason_text",
                "missing_reason",
                "created_at",
                "updated_at",
                "version",
                "handover_reason",
                "handover_tried",
                "handover_risks",
                "handover_agreed");
        fadingOut = batch("fading_out_session", false, "closing_plan_id", "sequence_number", "planned_on");
        closingSupport = batch("closing_support", false, "closing_plan_id", "code");
        closingMissingItem = batch("closing_missing_item", false, "closing_plan_id", "item");
        letter = batch(
                "closing_letter",
                true,
                "id",
                "treatment_id",
                "kind",
                "generated_on",
                "generated_at",
                "generated_by",
                "file_name",
                "content");
    }

    private Batch batch(String table, boolean identity, String... columns) throws SQLException {
        Batch batch = new Batch(connection, table, columns);
        batches.put(table, batch);
        if (identity) {
            try (Statement statement = connection.createStatement();
                    ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                max.next();
                lastIds.put(table, max.getLong(1));
            }
        }
        return batch;
    }

    /** The id for the next row of the batch's table. */
    long nextId(Batch batch) {
        return lastIds.merge(batch.table(), 1L, Long::sum);
    }

    /** Sends every pending row, table by table in foreign-key order, and commits. */
    void commit() throws SQLException {
        for (Batch batch : batches.values()) {
            batch.flush();
        }
        connection.commit();
    }

    /** Every identity continues after the highest id written here. */
    void finish() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Long> table : lastIds.entrySet()) {
                statement.execute(
                        "ALTER TABLE " + table.getKey() + " ALTER COLUMN id RESTART WITH " + (table.getValue() + 1));
            }
            connection.commit();
        }
    }

    /**
     * The database gathers its statistics of the new rows (ANALYZE, as autovacuum would soon), so queries are
     * planned for the practice as it now is: after the audit entries too, which the application writes last (without
     * them PostgreSQL planned the audit log's newest 50 as if the practice had one entry, and sorted all 244,000).
     * PostgreSQL also marks the rows visible to all (VACUUM, as autovacuum does after so many inserts), so that an
     * index that carries the columns a query reads is read without the table, as on a server that has been running.
     */
    static void analyze(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            statement.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /** Rows written per table, in foreign-key order. */
    List<String> counts() {
        List<String> counts = new ArrayList<>();
        batches.values().forEach(batch -> counts.add(batch.table() + "=" + batch.rows()));
        return counts;
    }

    @Override
    public void close() throws SQLException {
        for (Batch batch : batches.values()) {
            batch.close();
        }
    }
}
