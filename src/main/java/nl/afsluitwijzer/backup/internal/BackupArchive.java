package nl.afsluitwijzer.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * One backup file: a zip with the database copy, the key files and a manifest with the SHA-256 of every entry.
 * It is written under a temporary name, forced to disk and then renamed in one step, so a file with a final
 * name is always complete; readers still check the manifest (and the restore every checksum).
 */
final class BackupArchive {

    static final String DATABASE_ENTRY = "database/h2-backup.zip";
    static final String KEYS = "keys/";
    static final Pattern FINAL_NAME = Pattern.compile("afsluitwijzer-backup-\\d{8}T\\d{9}Z\\.zip");
    /**
     * A key file of the data directory, or the audit chain's anchors (they belong with the chain the backup holds,
     * else a restored older chain would miss rows anchored after it): a plain name, never outside the directory.
     */
    static final Pattern KEY_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.key|audit-anchors\\.log");

    private BackupArchive() {}

    /** Writes the entries (name → file) and the manifest to {@code target}, which appears only when complete. */
    static void write(Path target, Map<String, Path> entries, String createdAt, Map<String, Long> rowCounts) {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Map<String, String> sums = new LinkedHashMap<>();
            try (FileChannel channel = FileChannel.open(
                            temporary,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE);
                    ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(channel))) {
                for (Map.Entry<String, Path> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    sums.put(entry.getKey(), copy(Files.newInputStream(entry.getValue()), zip));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(new BackupManifest(
                                BackupManifest.FORMAT, BackupManifest.applicationVersion(), createdAt, sums, rowCounts)
                        .toJson());
                zip.closeEntry();
                zip.finish();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            DataDirectory.forceDirectory(Objects.requireNonNull(target.getParent(), "a file in a directory"));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new BackupException("Could not write backup " + target + ": " + e.getMessage(), e);
        }
    }

    /** The manifest, when the file is a readable zip whose manifest names only entries it holds. */
    static Optional<BackupManifest> manifest(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = BackupManifest.fromJson(in.readAllBytes());
            }
            boolean complete = manifest.sha256().keySet().stream().allMatch(name -> zip.getEntry(name) != null)
                    && manifest.sha256().containsKey(DATABASE_ENTRY);
            return complete ? Optional.of(manifest) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Checks every entry against the manifest's checksum; refuses entries the manifest does not list. */
    static BackupManifest verify(Path archive) {
        BackupManifest manifest = manifest(archive)
                .orElseThrow(() -> new BackupException("Not a complete backup (no valid manifest): " + archive));
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.equals(BackupManifest.ENTRY) && !manifest.sha256().containsKey(name)) {
                    throw new BackupException("Backup holds an entry its manifest does not list: " + name);
                }
                if (!name.equals(BackupManifest.ENTRY) && !name.equals(DATABASE_ENTRY) && !isKey(name)) {
                    throw new BackupException("Backup holds an entry with an unexpected name: " + name);
                }
            }
            for (Map.Entry<String, String> expected : manifest.sha256().entrySet()) {
                String actual =
                        copy(zip.getInputStream(zip.getEntry(expected.getKey())), OutputStream.nullOutputStream());
                if (!actual.equals(expected.getValue())) {
                    throw new BackupException("Checksum mismatch in backup entry " + expected.getKey());
                }
            }
        } catch (IOException e) {
            throw new BackupException("Backup cannot be read: " + archive + ": " + e.getMessage(), e);
        }
        return manifest;
    }

    /** A key file entry: {@code keys/} and a plain file name, never a path that leaves the data directory. */
    static boolean isKey(String entryName) {
        return entryName.startsWith(KEYS)
                && KEY_FILE.matcher(entryName.substring(KEYS.length())).matches();
    }

    /** Copies and closes the input; returns its SHA-256 in hex. */
    static String copy(InputStream input, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(input, digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        return DigestUtils.getSha256Digest();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is ignored by every reader and removed by the next backup
        }
    }
}
