package nl.afsluitwijzer.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret key of 32 random bytes kept as base64 in a file of the data directory (the two-factor key, the audit
 * key): read when it exists, else made on first use and readable by the owner only.
 */
public final class KeyFile {

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {}

    /** The key in {@code file}, made first when absent; {@code what} names it in the log, e.g. "the audit key". */
    public static synchronized byte[] readOrCreate(Path file, String what) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            restrict(file);
            log.info("Created {} in {}; keep it with the backups, apart from the database", what, file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("cannot restrict the permissions of {}", file, e);
        }
    }
}
