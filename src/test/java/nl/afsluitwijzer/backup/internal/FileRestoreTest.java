package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import nl.afsluitwijzer.audit.AuditLog;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The file part of a restore, before the application starts: refused while the database is open, otherwise the
 * backup's database and keys are put in place, the previous ones kept aside and the rows counted.
 */
class FileRestoreTest {

    @TempDir
    Path dataDir;

    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final Clock clock = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);
    String url;
    JdbcDataSource dataSource;
    Path backup;

    @BeforeEach
    void oneBackupOfThreeTreatments() throws SQLException, IOException {
        url = "jdbc:h2:file:" + dataDir.resolve("afsluitwijzer").toAbsolutePath() + ";MODE=PostgreSQL";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        sql("CREATE TABLE treatment (id INT PRIMARY KEY)", "INSERT INTO treatment VALUES (1), (2), (3)");
        Files.writeString(dataDir.resolve("two-factor.key"), "the key of the backup");
        Backups backups = new Backups(
                dataSource, new DatabaseLogin(url, "sa", ""), dataDir.toString(), mock(AuditLog.class), clock);
        backups.createNightly();
        backup = backups.directory().resolve(backups.list().get(0).name());
        sql("INSERT INTO treatment VALUES (4)", "SHUTDOWN");
        Files.writeString(dataDir.resolve("two-factor.key"), "a key made later");
    }

    @Test
    void theBackupIsPutInPlaceAndThePreviousDatabaseAndKeyAreKeptAside() throws IOException {
        FileRestore restore = new FileRestore(backup, new PrintStream(output, true, StandardCharsets.UTF_8), clock);
        restore.prepare(environment(url));

        assertThat(restore.counts())
                .containsEntry("treatment", 3L)
                .isEqualTo(restore.manifest().rowCounts());
        assertThat(dataDir.resolve("two-factor.key")).hasContent("the key of the backup");
        assertThat(dataDir.resolve("two-factor.key.before-restore-20261204T150000Z"))
                .hasContent("a key made later");
        assertThat(dataDir.resolve("afsluitwijzer.mv.db.before-restore-20261204T150000Z"))
                .exists();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("restoring"));
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("checksums OK", "Database restored");
    }

    @Test
    void whileTheApplicationHasTheDatabaseOpenNothingIsTouched() throws Exception {
        try (Connection running = dataSource.getConnection()) {
            FileRestore restore = new FileRestore(backup, new PrintStream(output, true, StandardCharsets.UTF_8), clock);
            assertThatThrownBy(() -> restore.prepare(environment(url)))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("is in use")
                    .hasMessageContaining("Stop it first");
        }
        assertThat(dataDir.resolve("two-factor.key")).hasContent("a key made later");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("before-restore"));
        }
    }

    @Test
    void onPostgresqlTheRestorePointsToPgRestore() {
        FileRestore restore = new FileRestore(backup, new PrintStream(output, true, StandardCharsets.UTF_8), clock);
        assertThatThrownBy(() -> restore.prepare(environment("jdbc:postgresql://127.0.0.1:5432/afsluitwijzer")))
                .hasMessageContaining("pg_restore")
                .hasMessageContaining("--verify-only");
    }

    private MockEnvironment environment(String databaseUrl) {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", databaseUrl)
                .withProperty("spring.datasource.username", "sa")
                .withProperty("spring.datasource.password", "")
                .withProperty("afsluitwijzer.data-dir", dataDir.toString());
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
