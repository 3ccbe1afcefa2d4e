package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup file is complete or absent, and a changed or smuggled entry is refused before anything is restored. */
class BackupArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aBackupThatFailsHalfwayLeavesNoFileUnderAFinalName() throws IOException {
        Path database = Files.writeString(dir.resolve("db.zip"), "database");
        Path unreadable = Files.createDirectory(dir.resolve("two-factor.key"));
        Path target = dir.resolve("afsluitwijzer-backup-20261204T010000000Z.zip");
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put(BackupArchive.DATABASE_ENTRY, database);
        entries.put("keys/two-factor.key", unreadable);

        assertThatThrownBy(() -> BackupArchive.write(target, entries, "2026-12-04T01:00:00Z", Map.of()))
                .isInstanceOf(BackupException.class);
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("db.zip", "two-factor.key");
        }
    }

    @Test
    void aTruncatedBackupHasNoManifestAndCannotBeRestored() throws IOException {
        Path good = writeGood();
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(
                dir.resolve("afsluitwijzer-backup-20261204T020000000Z.zip"),
                java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(BackupArchive.manifest(good)).isPresent();
        assertThat(BackupArchive.manifest(truncated)).isEmpty();
        assertThatThrownBy(() -> BackupArchive.verify(truncated)).hasMessageContaining("Not a complete backup");
    }

    @Test
    void aChangedKeyFailsItsChecksum() throws IOException {
        Path changed = rewrite(writeGood(), "keys/two-factor.key", "another key", null);
        assertThat(BackupArchive.manifest(changed))
                .as("listing only checks the directory")
                .isPresent();
        assertThatThrownBy(() -> BackupArchive.verify(changed))
                .hasMessageContaining("Checksum mismatch in backup " + "entry keys/two-factor.key");
    }

    @Test
    void anEntryTheManifestDoesNotListOrThatLeavesTheDataDirectoryIsRefused() throws IOException {
        Path extra = rewrite(writeGood(), null, null, "keys/audit.key");
        assertThatThrownBy(() -> BackupArchive.verify(extra)).hasMessageContaining("does not list: keys/audit.key");

        Path database = Files.writeString(dir.resolve("db.zip"), "database");
        Path key = Files.writeString(dir.resolve("evil"), "key");
        Path escaping = dir.resolve("afsluitwijzer-backup-20261204T030000000Z.zip");
        BackupArchive.write(
                escaping,
                Map.of(BackupArchive.DATABASE_ENTRY, database, "keys/../../evil.key", key),
                "2026-12-04T03:00:00Z",
                Map.of());
        assertThatThrownBy(() -> BackupArchive.verify(escaping)).hasMessageContaining("unexpected name");
    }

    private Path writeGood() throws IOException {
        Path database = Files.writeString(dir.resolve("db.zip"), "database");
        Path key = Files.writeString(dir.resolve("two-factor.key"), "the key");
        Path target = dir.resolve("afsluitwijzer-backup-20261204T010000000Z.zip");
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put(BackupArchive.DATABASE_ENTRY, database);
        entries.put("keys/two-factor.key", key);
        BackupArchive.write(target, entries, "2026-12-04T01:00:00Z", Map.of("treatment", 3L));
        return target;
    }

    /** A copy of the archive with one entry's content replaced and/or one unlisted entry added. */
    private Path rewrite(Path source, String replace, String content, String add) throws IOException {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".zip");
        try (ZipFile zip = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(replace)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    copy(zip.getInputStream(entry), out);
                }
                out.closeEntry();
            }
            if (add != null) {
                out.putNextEntry(new ZipEntry(add));
                out.write(1);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        try (in) {
            in.transferTo(out);
        }
    }
}
