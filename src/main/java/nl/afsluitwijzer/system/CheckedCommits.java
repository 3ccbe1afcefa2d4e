package nl.afsluitwijzer.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The transaction manager, with one check after every commit on the embedded H2 database: the commit counts only
 * when H2's store is still open. When a write to the file fails (a full disk), H2 closes its store; a commit that
 * ran on another connection at that same moment can return normally although its changes were in the write that
 * failed, and the request would be acknowledged and then lost. This check turns that commit into the
 * temporary-outage answer (503) instead. On PostgreSQL and for every other connection it does nothing.
 */
class CheckedCommits extends JdbcTransactionManager {

    CheckedCommits(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder()
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
