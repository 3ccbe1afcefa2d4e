package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.afsluitwijzer.audit.AuditLog;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups directory of an embedded database: what is kept, what is listed, and one backup at a time. */
class BackupsTest {

    @TempDir
    Path dataDir;

    final TickingClock clock = new TickingClock();
    final AuditLog audit = mock(AuditLog.class);
    JdbcDataSource dataSource;
    Backups backups;

    @BeforeEach
    void setUp() throws SQLException, IOException {
        String url = "jdbc:h2:file:" + dataDir.resolve("afsluitwijzer").toAbsolutePath() + ";MODE=PostgreSQL";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE treatment (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO treatment VALUES (1), (2), (3)");
        }
        Files.writeString(dataDir.resolve("two-factor.key"), "two-factor");
        Files.writeString(dataDir.resolve("audit.key"), "audit");
        Files.writeString(dataDir.resolve("notes.txt"), "not a key");
        backups = new Backups(dataSource, new DatabaseLogin(url, "sa", ""), dataDir.toString(), audit, clock);
    }

    @Test
    void aBackupHoldsTheDatabaseEveryKeyFileAndTheRowCountsOfItsCopy() {
        backups.createNightly();

        Backups.Backup made = backups.list().get(0);
        BackupManifest manifest = BackupArchive.verify(backups.directory().resolve(made.name()));
        assertThat(manifest.sha256())
                .containsOnlyKeys(BackupArchive.DATABASE_ENTRY, "keys/audit.key", "keys/two-factor.key");
        assertThat(manifest.rowCounts()).containsEntry("treatment", 3L);
        assertThat(made.createdAt()).isEqualTo(clock.last);
        verify(audit).recordAs(eq(Backups.SYSTEM_USER), eq(null), any());
    }

    @Test
    void theNewestFourteenAreKeptAndHalfWrittenOrDamagedFilesAreNotListed() throws IOException {
        for (int i = 0; i < Backups.KEEP + 2; i++) {
            backups.createNightly();
        }
        Path directory = backups.directory();
        Files.writeString(directory.resolve(".afsluitwijzer-backup-20991231T000000000Z.zip.tmp"), "half");
        Files.writeString(directory.resolve("afsluitwijzer-backup-20991231T000000000Z.zip"), "damaged");

        List<Backups.Backup> listed = backups.list();
        assertThat(listed).hasSize(Backups.KEEP);
        assertThat(listed.get(0).createdAt()).isEqualTo(clock.last);
        assertThat(listed.get(Backups.KEEP - 1).createdAt()).isEqualTo(clock.last.minus(Duration.ofMinutes(13)));

        backups.createNightly();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("the leftover temporary file is gone; the damaged file is kept for inspection")
                    .contains("afsluitwijzer-backup-20991231T000000000Z.zip")
                    .noneMatch(name -> name.startsWith("."))
                    .hasSize(Backups.KEEP + 1);
        }
    }

    @Test
    void aSecondBackupAskedForWhileOneIsBeingMadeIsRefused() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        clock.onRead = () -> {
            inside.countDown();
            await(release);
        };
        CompletableFuture<Void> nightly = CompletableFuture.runAsync(backups::createNightly);
        inside.await();
        clock.onRead = () -> {};

        assertThat(CompletableFuture.supplyAsync(backups::createNow).get(30, TimeUnit.SECONDS))
                .isEmpty();
        release.countDown();
        nightly.get();
        assertThat(backups.list()).hasSize(1);
        verify(audit, times(1)).recordAs(eq(Backups.SYSTEM_USER), eq(null), any());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock one minute further at every read, with a hook to hold a backup at its start. */
    static final class TickingClock extends Clock {
        Instant last = Instant.parse("2026-12-04T01:40:00Z");
        volatile Runnable onRead = () -> {};

        @Override
        public Instant instant() {
            onRead.run();
            last = last.plus(Duration.ofMinutes(1));
            return last;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
