package nl.afsluitwijzer.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The part of a restore that happens before the database is opened: check that no application holds it,
 * verify the backup's checksums, put the current database and key files aside (renamed with a time stamp,
 * never deleted), put the backup's in place and count the rows of the restored database. With no archive
 * (verify only) it just counts the rows of the configured database.
 */
public final class FileRestore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final @Nullable Path archive;
    private final PrintStream out;
    private final Clock clock;
    private @Nullable BackupManifest manifest;
    private Map<String, Long> counts = Map.of();

    public FileRestore(@Nullable Path archive, PrintStream out, Clock clock) {
        this.archive = archive;
        this.out = out;
        this.clock = clock;
    }

    public void prepare(Environment environment) {
        DatabaseLogin login = new DatabaseLogin(
                environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.datasource.username", "sa"),
                environment.getProperty("spring.datasource.password", ""));
        Path dataDir = Path.of(environment.getProperty("afsluitwijzer.data-dir", "./data"));
        if (archive == null) {
            counts = countConfigured(login);
            return;
        }
        Path database = DataDirectory.h2Database(login.url())
                .orElseThrow(() -> new BackupException(
                        "--restore restores the embedded H2 database only. On PostgreSQL restore the pg_dump file with "
                                + "pg_restore, put the key files back and run --verify-only (see README)."));
        Path mvFile = DataDirectory.mvFile(database);
        if (DataDirectory.inUse(mvFile)) {
            throw new BackupException("The database " + mvFile + " is in use: the application is running on this "
                    + "data directory. Stop it first; nothing was changed.");
        }
        manifest = BackupArchive.verify(archive);
        out.println("Backup verified: " + manifest.sha256().size() + " entries, checksums OK (made "
                + manifest.createdAt() + " by version " + manifest.appVersion() + ")");
        putInPlace(archive, dataDir, mvFile);
        counts = H2Copy.countRows(database, login.username(), login.password());
    }

    private void putInPlace(Path backup, Path dataDir, Path mvFile) {
        String stamp = STAMP.format(clock.instant());
        Path incoming = mvFile.resolveSibling(mvFile.getFileName() + ".restoring-" + stamp);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry(BackupArchive.DATABASE_ENTRY))) {
                Files.createDirectories(mvFile.toAbsolutePath().getParent());
                H2Copy.extractDatabase(in, incoming);
            }
            putAside(mvFile, stamp);
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                restoreKey(zip, entries.nextElement(), dataDir, stamp);
            }
            Files.move(incoming, mvFile, StandardCopyOption.ATOMIC_MOVE);
            DataDirectory.forceDirectory(
                    Objects.requireNonNull(mvFile.toAbsolutePath().getParent(), "an absolute path"));
            out.println("Database restored to " + mvFile);
        } catch (IOException e) {
            BackupArchive.deleteQuietly(incoming);
            throw new BackupException(
                    "Restore failed: " + e.getMessage() + ". Files put aside end in .before-restore-" + stamp, e);
        }
    }

    private void restoreKey(ZipFile zip, ZipEntry entry, Path dataDir, String stamp) throws IOException {
        String name = entry.getName();
        if (!name.startsWith(BackupArchive.KEYS)) {
            return;
        }
        if (!BackupArchive.isKey(name)) {
            throw new IOException("refusing key entry with an unexpected name: " + name);
        }
        String fileName = name.substring(BackupArchive.KEYS.length());
        Path target = dataDir.resolve(fileName);
        putAside(target, stamp);
        try (InputStream in = zip.getInputStream(entry)) {
            DataDirectory.writeDurably(target, in.readAllBytes());
        }
        out.println("Key file restored: " + target);
    }

    private void putAside(Path file, String stamp) throws IOException {
        if (Files.exists(file)) {
            Path aside = file.resolveSibling(file.getFileName() + ".before-restore-" + stamp);
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            out.println("Kept the previous " + file.getFileName() + " as " + aside);
        }
    }

    private static Map<String, Long> countConfigured(DatabaseLogin login) {
        DataDirectory.h2Database(login.url())
                .map(DataDirectory::mvFile)
                .filter(DataDirectory::inUse)
                .ifPresent(mv -> {
                    throw new BackupException("The database " + mv + " is in use: stop the application first.");
                });
        try (Connection connection = DriverManager.getConnection(login.url(), login.username(), login.password())) {
            return RowCounts.of(connection);
        } catch (SQLException e) {
            throw new BackupException("The database cannot be opened: " + e.getMessage(), e);
        }
    }

    @Nullable
    public BackupManifest manifest() {
        return manifest;
    }

    public Map<String, Long> counts() {
        return counts;
    }
}
