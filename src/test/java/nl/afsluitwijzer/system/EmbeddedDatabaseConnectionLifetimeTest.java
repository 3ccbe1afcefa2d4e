package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 database, as production runs it: a file database behind the connection pool, schema made by
 * Flyway. The pool retires every connection after its maximum lifetime (30 minutes by default, minus a random
 * part), the connection that created the schema among them. H2 2.4.240 kept that first session inside the
 * CHECK (... IN (...)) constraints it had parsed, so from then on every write to such a table failed with "The
 * database has been closed" until a restart. This test retires the connections at once instead of waiting.
 */
class EmbeddedDatabaseConnectionLifetimeTest {

    @TempDir
    Path dataDir;

    @Test
    void writesStillWorkAfterThePoolRetiredTheConnectionThatCreatedTheSchema() throws Exception {
        try (HikariDataSource pool = pool()) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .load()
                    .migrate();

            // Another session keeps the database open while the pool replaces its connections, as in production.
            try (Connection otherSession = DriverManager.getConnection(pool.getJdbcUrl(), "sa", "")) {
                pool.getHikariPoolMXBean().softEvictConnections();
                writeThroughAFreshConnection(pool);
            }
        }
    }

    private static void writeThroughAFreshConnection(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection()) {
            long practiceId = insertPractice(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO user_account (practice_id, username, display_name, password_hash, role, enabled,
                            must_change_password, created_at) VALUES (?, 'lifetime', 'Lifetime', 'x', 'THERAPIST',
                            TRUE, FALSE, CURRENT_TIMESTAMP)""")) {
                insert.setLong(1, practiceId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (Statement update = connection.createStatement()) {
                assertThat(update.executeUpdate("UPDATE user_account SET role = 'MANAGER' WHERE username = 'lifetime'"))
                        .isEqualTo(1);
            }
        }
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL");
        config.setUsername("sa");
        config.setPassword("");
        config.setMinimumIdle(2);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static long insertPractice(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO practice (name) VALUES ('Lifetime')", Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
