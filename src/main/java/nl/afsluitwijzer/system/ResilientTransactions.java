package nl.afsluitwijzer.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The transaction manager, telling a busy database from an absent one, and checking every commit on H2.
 * <p>
 * Busy or away: the pool gives up on a connection after its connection timeout (1 s), so that a request fails
 * fast with the outage answer (503) while the database is away. But when other transactions began while this one
 * waited for a connection, the database is there and only busy: then the transaction tries again, up to
 * {@link #BUSY_WAIT} in all, instead of the request being told that the database is unreachable. While the
 * database is away (stopped, or the network cut so that every connection hangs) nobody begins, and the first
 * timeout ends the wait. On a database server the pool itself waits this way for every connection
 * ({@link PatientPool}), also outside transactions; this wait remains for the embedded database.
 * <p>
 * After every commit on the embedded H2 database: the commit counts only
 * when H2's store is still open. When a write to the file fails (a full disk), H2 closes its store; a commit that
 * ran on another connection at that same moment can return normally although its changes were in the write that
 * failed, and the request would be acknowledged and then lost. This check turns that commit into the
 * temporary-outage answer (503) instead. On PostgreSQL and for every other connection it does nothing.
 */
class ResilientTransactions extends JdbcTransactionManager {

    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private final AtomicLong begun = new AtomicLong();
    /** A pool that waits for a busy server itself ({@link PatientPool}) needs no second wait here. */
    private final boolean poolIsPatient;

    ResilientTransactions(DataSource dataSource) {
        super(dataSource);
        this.poolIsPatient = dataSource instanceof PatientPool pool && pool.isDatabaseServer();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (poolIsPatient) {
            super.doBegin(transaction, definition);
            return;
        }
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            long begunBefore = begun.get();
            try {
                super.doBegin(transaction, definition);
                begun.incrementAndGet();
                return;
            } catch (CannotCreateTransactionException failed) {
                boolean poolTimeout = failed.getMostSpecificCause() instanceof SQLTransientConnectionException;
                boolean othersBegan = begun.get() != begunBefore;
                if (!poolTimeout || !othersBegan || System.nanoTime() - deadline > 0) {
                    throw failed;
                }
            }
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction())
                .getConnectionHolder()
                .getConnection();
        requireOpenStore(connection);
    }

    /** Throws when the connection is to an embedded H2 database whose store has been closed by a failure. */
    static void requireOpenStore(Connection connection) {
        MVStore store;
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || session.getDatabase().getStore() == null) {
                return;
            }
            store = session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            return;
        }
        if (store.isClosed()) {
            Throwable cause = store.getPanicException();
            throw new DataAccessResourceFailureException(
                    "The embedded database closed its store during this commit; the changes may not be on disk", cause);
        }
    }
}
