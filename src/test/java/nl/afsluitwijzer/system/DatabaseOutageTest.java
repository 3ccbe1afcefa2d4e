package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void aLostConnectionDuringCommitIsAnOutageNotAnError() {
        var commit = new TransactionSystemException(
                "Could not commit JDBC transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.of(commit)).contains(DatabaseOutage.UNREACHABLE);
    }

    @Test
    void aRollbackOnAClosedConnectionIsJudgedByTheErrorThatCausedIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "x", new SQLException("The database has been closed", "90098", 90098)));
        assertThat(DatabaseOutage.of(rollback)).contains(DatabaseOutage.UNREACHABLE);
        assertThat(DatabaseOutage.of(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isEmpty();
    }

    @Test
    void postgresqlShuttingDownOrStartingIsUnreachable() {
        for (String state : new String[] {"57P01", "57P03", "08001", "08003"}) {
            assertThat(DatabaseOutage.of(new DataAccessResourceFailureException("x", new SQLException("x", state))))
                    .as(state)
                    .contains(DatabaseOutage.UNREACHABLE);
        }
    }

    @Test
    void postgresqlDiskFullIsStorageFull() {
        assertThat(DatabaseOutage.of(new SQLException("could not extend file", "53100")))
                .contains(DatabaseOutage.STORAGE_FULL);
    }

    @Test
    void h2ClosedAfterAnIoErrorIsUnreachableUnlessTheCauseSaysTheDiskIsFull() {
        assertThat(DatabaseOutage.of(new SQLException("The database has been closed", "90098", 90098)))
                .contains(DatabaseOutage.UNREACHABLE);
        var writeFailed = new SQLException(
                "General error",
                "HY000",
                50000,
                new IllegalStateException("Writing failed", new IOException("No space left on device")));
        assertThat(DatabaseOutage.of(writeFailed)).contains(DatabaseOutage.STORAGE_FULL);
    }

    @Test
    void noConnectionFromThePoolIsUnreachable() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseOutage.of(new CannotGetJdbcConnectionException("x", timeout)))
                .contains(DatabaseOutage.UNREACHABLE);
        assertThat(DatabaseOutage.of(new CannotCreateTransactionException("x", timeout)))
                .contains(DatabaseOutage.UNREACHABLE);
    }

    @Test
    void constraintViolationsAndBugsAreNoOutage() {
        assertThat(DatabaseOutage.of(new DuplicateKeyException("x", new SQLException("dup", "23505"))))
                .isEmpty();
        assertThat(DatabaseOutage.of(new DataIntegrityViolationException("x"))).isEmpty();
        assertThat(DatabaseOutage.of(new IllegalStateException("bug"))).isEmpty();
        assertThat(DatabaseOutage.of(new SQLException("syntax", "42601"))).isEmpty();
    }
}
