package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that comes after the database was idle for longer than H2's retention time is on the disk when it is
 * acknowledged, like any other: a child process opens the database as the application does, commits, waits, commits
 * once more and is killed at once (no shutdown hook runs); the database opened again holds both rows. With H2 2.5.252
 * the second commit was gone whenever the pause was longer than the retention time (45 s by default, 1 s here to keep
 * the test short); the application left running an hour lost the first write after every quiet minute.
 */
class IdleCommitSurvivesKillTest {

    @TempDir
    Path dir;

    @Test
    void aCommitAfterAQuietSpellSurvivesTheProcessBeingKilled() throws Exception {
        String url = EmbeddedDatabaseDurability.durable("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        IdleCommitWriter.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("committed after the pause");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            assertThat(rows.getInt(1))
                    .as("rows after the kill; child said: %s", output)
                    .isEqualTo(2);
        }
    }

    /** The child: two commits with a pause longer than the retention time between them, then killed. */
    static final class IdleCommitWriter {

        public static void main(String[] args) throws Exception {
            SyncedFiles.prefix(); // registers the application's file system with H2, as the application does
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET RETENTION_TIME 1000");
                statement.execute("CREATE TABLE note (id INT PRIMARY KEY)");
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO note VALUES (1)");
                connection.commit();
                Thread.sleep(3000);
                statement.execute("INSERT INTO note VALUES (2)");
                connection.commit();
            }
            System.out.println("committed after the pause");
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
