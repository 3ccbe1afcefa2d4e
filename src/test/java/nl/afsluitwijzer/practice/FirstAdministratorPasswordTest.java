package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first administrator's one-time password goes to an owner-only file, never to the log. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorPasswordTest {

    @Test
    void thePasswordIsInAFileOnlyTheOwnerCanReadAndNotInTheLog(@TempDir Path dataDirectory, CapturedOutput output)
            throws Exception {
        new FirstAdministratorPassword(dataDirectory.resolve("data")).handOver("beheer", "Geheim-0123456789");
        Path file = dataDirectory.resolve("data").resolve(FirstAdministratorPassword.FILE_NAME);
        assertThat(Files.readString(file)).contains("Geheim-0123456789").contains("beheer");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(output.getAll()).doesNotContain("Geheim-0123456789").contains(FirstAdministratorPassword.FILE_NAME);
    }

    @Test
    void aFirstManagersPasswordGoesToAFileOfItsOwnBesideTheAdministrators(
            @TempDir Path dataDirectory, CapturedOutput output) throws Exception {
        FirstAdministratorPassword handOver = new FirstAdministratorPassword(dataDirectory);
        handOver.handOver("beheer", "Beheer-0123456789");
        handOver.handOver("praktijkhouder", "Manager-0123456789", FirstAdministratorPassword.MANAGER_FILE_NAME);
        Path file = dataDirectory.resolve(FirstAdministratorPassword.MANAGER_FILE_NAME);
        assertThat(Files.readString(file)).contains("Manager-0123456789").contains("praktijkhouder");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dataDirectory.resolve(FirstAdministratorPassword.FILE_NAME)))
                .contains("Beheer-0123456789");
        assertThat(output.getAll()).doesNotContain("Manager-0123456789");
    }
}
