package nl.afsluitwijzer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key file is made once, owner-only, and read back unchanged afterwards. */
class KeyFileTest {

    @Test
    void aMissingKeyIsMadeOwnerOnlyAndTheSameKeyIsReadBackLater(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("new").resolve("some.key");

        byte[] made = KeyFile.readOrCreate(file, "a test key");

        assertThat(made).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(KeyFile.readOrCreate(file, "a test key")).isEqualTo(made);
    }
}
