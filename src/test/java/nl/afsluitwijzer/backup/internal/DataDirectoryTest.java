package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a backup takes from the data directory besides the database: the keys and the audit chain's anchors. */
class DataDirectoryTest {

    @Test
    void theKeyFilesAndTheAuditAnchorsGoIntoTheBackupAndNothingElse(@TempDir Path dataDir) throws Exception {
        for (String name : new String[] {
            "two-factor.key",
            "audit.key",
            "audit-anchors.log",
            "afsluitwijzer.mv.db",
            "first-admin-password.txt",
            "other.log"
        }) {
            Files.writeString(dataDir.resolve(name), name);
        }
        Files.createDirectory(dataDir.resolve("logs"));

        assertThat(DataDirectory.keyFiles(dataDir))
                .map(path -> path.getFileName().toString())
                .containsExactly("audit-anchors.log", "audit.key", "two-factor.key");
    }
}
