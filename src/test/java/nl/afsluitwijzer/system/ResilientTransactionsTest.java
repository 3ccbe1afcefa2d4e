package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

/** After a commit, a closed H2 store (a write to the file failed) makes the commit an outage, not a success. */
class ResilientTransactionsTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void freeTheDisk() {
        FullDisk.free();
    }

    @Test
    void anOpenStorePassesAndAStoreClosedByAFullDiskIsAStorageOutage() throws Exception {
        String url = "jdbc:h2:" + FullDisk.prefix() + dataDir.resolve("db") + ";MODE=PostgreSQL;WRITE_DELAY=0";
        Connection writer = DriverManager.getConnection(url, "sa", "");
        Connection other = DriverManager.getConnection(url, "sa", "");
        try (Statement statement = writer.createStatement()) {
            statement.execute("CREATE TABLE note (id INT)");
            ResilientTransactions.requireOpenStore(other);

            FullDisk.fill();
            try {
                statement.execute("INSERT INTO note VALUES (1)");
            } catch (SQLException expected) {
                // the write that finds the disk full closes the store
            }
            assertThatThrownBy(() -> ResilientTransactions.requireOpenStore(other))
                    .isInstanceOf(DataAccessResourceFailureException.class)
                    .satisfies(e -> assertThat(DatabaseOutage.of(e)).contains(DatabaseOutage.STORAGE_FULL));
        } finally {
            FullDisk.free();
            closeQuietly(other);
            closeQuietly(writer);
        }
    }

    /** A database whose store failed may fail its close as well; the test is about the check, not the close. */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already closed by the failure
        }
    }

    @Test
    void aConnectionToAnInMemoryDatabaseIsLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:checked", "sa", "")) {
            ResilientTransactions.requireOpenStore(connection);
        }
    }
}
