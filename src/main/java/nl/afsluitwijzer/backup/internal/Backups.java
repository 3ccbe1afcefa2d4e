package nl.afsluitwijzer.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The backups in {@code <data-dir>/backups}: making one (nightly or on demand, one at a time), listing the
 * complete ones and keeping the newest {@value #KEEP}. Only the embedded H2 database is backed up by the
 * application; PostgreSQL is backed up with pg_dump (README).
 */
@Service
public class Backups {

    /** Which database the application runs on, and so whether it can back it up itself. */
    public enum Database {
        EMBEDDED_FILE,
        EMBEDDED_MEMORY,
        EXTERNAL
    }

    /** A complete backup: file name, when it was made, its size in bytes and the version that made it. */
    public record Backup(String name, Instant createdAt, long size, String appVersion) {}

    public static final int KEEP = 14;
    static final String OBJECT_TYPE = "BACKUP";

    /** Who the audit log names for actions of the application itself (nightly backup, restore). */
    public static final String SYSTEM_USER = "system";

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final DatabaseLogin login;
    private final Path dataDir;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    Backups(
            DataSource dataSource,
            DatabaseLogin login,
            @Value("${afsluitwijzer.data-dir}") String dataDir,
            AuditLog audit,
            Clock clock) {
        this.dataSource = dataSource;
        this.login = login;
        this.dataDir = Path.of(dataDir);
        this.audit = audit;
        this.clock = clock;
    }

    public Database database() {
        if (DataDirectory.h2Database(login.url()).isPresent()) {
            return Database.EMBEDDED_FILE;
        }
        return login.url().startsWith("jdbc:h2:") ? Database.EMBEDDED_MEMORY : Database.EXTERNAL;
    }

    /** The names of the key files a backup takes along (and that must be kept with a pg_dump). */
    public List<String> keyFiles() {
        return DataDirectory.keyFiles(dataDir).stream()
                .map(f -> f.getFileName().toString())
                .toList();
    }

    /** The complete backups, newest first; half-written or damaged files are left out. */
    public List<Backup> list() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> BackupArchive.FINAL_NAME
                            .matcher(f.getFileName().toString())
                            .matches())
                    .map(this::complete)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new BackupException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** A backup asked for in Beheer, logged as the signed-in user; refused while another one is being made. */
    public Optional<Backup> createNow() {
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            Backup made = make();
            audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT_TYPE, made.name()));
            return Optional.of(made);
        } catch (BackupException e) {
            audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT_TYPE, null).failed());
            throw e;
        } finally {
            running.unlock();
        }
    }

    /** The nightly backup; waits for one being made on demand. */
    void createNightly() {
        running.lock();
        try {
            Backup made = make();
            audit.recordAs(SYSTEM_USER, null, AuditEvent.of(AuditAction.EXPORT, OBJECT_TYPE, made.name()));
        } finally {
            running.unlock();
        }
    }

    private Backup make() {
        if (database() != Database.EMBEDDED_FILE) {
            throw new BackupException("The application backs up only the embedded H2 database; use pg_dump");
        }
        Instant now = clock.instant();
        String stamp = STAMP.format(now);
        Path directory = directory();
        Path databaseCopy = directory.resolve(".database-" + stamp + ".zip.tmp");
        try {
            Files.createDirectories(directory);
            removeLeftovers(directory);
            H2Copy.backupTo(dataSource, databaseCopy);
            Map<String, Long> counts = countRows(databaseCopy, directory.resolve(".check-" + stamp));
            Map<String, Path> entries = new LinkedHashMap<>();
            entries.put(BackupArchive.DATABASE_ENTRY, databaseCopy);
            DataDirectory.keyFiles(dataDir).forEach(key -> entries.put(BackupArchive.KEYS + key.getFileName(), key));
            Path target = directory.resolve("afsluitwijzer-backup-" + stamp + ".zip");
            BackupArchive.write(target, entries, now.toString(), counts);
            LOG.info("Backup written: {} ({} key files, {} tables)", target, entries.size() - 1, counts.size());
            pruneOld();
            return complete(target).orElseThrow(() -> new BackupException("Backup unreadable after writing"));
        } catch (IOException e) {
            throw new BackupException("Backup failed: " + e.getMessage(), e);
        } finally {
            BackupArchive.deleteQuietly(databaseCopy);
        }
    }

    /** Opens the copy itself and counts its rows, so the counts are those of the backup, to the row. */
    private Map<String, Long> countRows(Path databaseCopy, Path checkDirectory) throws IOException {
        Files.createDirectories(checkDirectory);
        try {
            H2Copy.extractDatabase(Files.newInputStream(databaseCopy), checkDirectory.resolve("copy.mv.db"));
            return H2Copy.countRows(checkDirectory.resolve("copy"), login.username(), login.password());
        } finally {
            deleteTree(checkDirectory);
        }
    }

    private void pruneOld() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            BackupArchive.deleteQuietly(directory().resolve(old.name()));
            LOG.info("Old backup removed: {}", old.name());
        }
    }

    /** Temporary files of a backup that was interrupted (we hold the lock, so none is being written now). */
    private static void removeLeftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().startsWith(".")).forEach(Backups::deleteTree);
        }
    }

    private static void deleteTree(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(BackupArchive::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", path, e.getMessage());
        }
    }

    private Optional<Backup> complete(Path file) {
        return BackupArchive.manifest(file)
                .map(manifest -> new Backup(
                        file.getFileName().toString(),
                        Instant.parse(manifest.createdAt()),
                        file.toFile().length(),
                        manifest.appVersion()));
    }

    Path directory() {
        return dataDir.resolve(DataDirectory.BACKUPS);
    }
}
