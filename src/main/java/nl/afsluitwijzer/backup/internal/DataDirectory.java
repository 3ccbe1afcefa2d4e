package nl.afsluitwijzer.backup.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of the data directory that a backup cares about: the key files and the embedded database. */
final class DataDirectory {

    static final String BACKUPS = "backups";

    private DataDirectory() {}

    /** Every {@code *.key} file directly in the data directory (the two-factor key, the audit key, …). */
    static List<Path> keyFiles(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> BackupArchive.KEY_FILE
                            .matcher(f.getFileName().toString())
                            .matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BackupException("Cannot list the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The database path (without {@code .mv.db}) of an embedded H2 file URL; empty for any other database. */
    static Optional<Path> h2Database(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")
                || lower.startsWith("jdbc:h2:mem:")
                || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")
                || lower.startsWith("jdbc:h2:zip:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int options = rest.indexOf(';');
        return Optional.of(Path.of(options < 0 ? rest : rest.substring(0, options)));
    }

    static Path mvFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /**
     * Whether a running application holds the H2 file lock. H2 locks the whole file with the operating system;
     * inside this JVM the same lock shows up as an overlapping lock.
     */
    static boolean inUse(Path mvFile) {
        if (!Files.exists(mvFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(mvFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new BackupException("Cannot open " + mvFile + ": " + e.getMessage(), e);
        }
    }

    /** Makes a rename in the directory durable; not every platform can open a directory, and then it is skipped. */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; its renames are durable once the call returns
        }
    }

    static void writeDurably(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
