package nl.afsluitwijzer.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands the one-time password of the first administrator (and of a practice's first manager) to whoever installs: in a file only the
 * application's own OS user can read (permissions 600) in the data directory, never in the log file,
 * which more people and tools get to read. Where POSIX permissions do not exist, only on the console.
 */
@Component
class FirstAdministratorPassword {

    static final String FILE_NAME = "first-admin-password.txt";
    static final String MANAGER_FILE_NAME = "first-manager-password.txt";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorPassword.class);

    private final Path dataDirectory;

    FirstAdministratorPassword(@Value("${afsluitwijzer.data-dir}") Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void handOver(String username, String password) {
        handOver(username, password, FILE_NAME);
    }

    /** The same for another first account (the first manager), in a file of its own. */
    void handOver(String username, String password, String fileName) {
        if (!Files.isDirectory(dataDirectory) && !dataDirectory.toFile().mkdirs()) {
            throw new UncheckedIOException(new IOException("cannot create " + dataDirectory));
        }
        if (!dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // the console only: the log file must not hold it
            System.out.println("First start: user '" + username + "', one-time password " + password);
            log.warn("First start: created user '{}'; its one-time password is on the console only", username);
            return;
        }
        Path file = dataDirectory.resolve(fileName);
        write(
                file,
                "user: " + username + "\none-time password: " + password
                        + "\nChange it at the first sign-in, then delete this file.\n");
        log.warn(
                "First start: created user '{}'; its one-time password is in {} (readable by this "
                        + "OS user only); change it at the first sign-in and delete the file",
                username,
                file.toAbsolutePath());
    }

    private static void write(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("created by someone else meanwhile: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
