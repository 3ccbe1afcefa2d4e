package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that gives each entry of E its origin classifies what exists: the first entry was agreed, a later one
 * that an evaluation of that day decided came from the evaluation, and any other later one was changed through the
 * agreements (before raising E there was refused).
 */
class ExpectedSessionsOriginMigrationTest {

    @Test
    void existingEntriesGetTheirOrigin() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:origin" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        migrate(database, "116");
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("INSERT INTO practice (id, name) VALUES (1, 'Oud')").update();
        jdbc.sql("""
                INSERT INTO user_account (id, practice_id, username, display_name, password_hash, role, enabled,
                    must_change_password, created_at) VALUES (1, 1, 'oud', 'Oud', 'x', 'THERAPIST', TRUE, FALSE,
                    CURRENT_TIMESTAMP)""").update();
        jdbc.sql("INSERT INTO client (id, practice_id, reference, display_name, created_at) "
                        + "VALUES (1, 1, 'OUD-1', 'Oud', CURRENT_TIMESTAMP)")
                .update();
        jdbc.sql("""
                INSERT INTO treatment (id, practice_id, client_id, therapist_id, phase, registration_date, start_date,
                    help_question, complex, closing_discussed_at_start, agreements_set_on, created_at)
                VALUES (1, 1, 1, 1, 'TREATMENT', DATE '2025-01-06', DATE '2025-01-06', 'vraag', FALSE, TRUE,
                    DATE '2025-01-06', CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                INSERT INTO evaluation (id, treatment_id, evaluated_on, kind, colleague_present, decision,
                    previous_expected_sessions, new_expected_sessions, recorded_by, recorded_at)
                VALUES (1, 1, DATE '2025-03-03', 'MID', FALSE, 'CONTINUE', 12, 16, 1, CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                INSERT INTO expected_sessions (treatment_id, effective_date, sessions, sequence_number) VALUES
                    (1, DATE '2025-01-06', 12, 1), (1, DATE '2025-03-03', 16, 2), (1, DATE '2025-05-05', 24, 3)""").update();

        migrate(database, "latest");

        assertThat(jdbc.sql("SELECT origin FROM expected_sessions ORDER BY sequence_number")
                        .query(String.class)
                        .list())
                .isEqualTo(List.of("AGREED", "EVALUATION", "AGREEMENTS_FORM"));
    }

    private static void migrate(JdbcDataSource database, String target) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .outOfOrder(true)
                .target(target)
                .load()
                .migrate();
    }
}
