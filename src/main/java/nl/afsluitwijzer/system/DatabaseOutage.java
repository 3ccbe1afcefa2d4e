package nl.afsluitwijzer.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A temporary state of the database, told apart from a bug: the disk is full or the database cannot be
 * reached. Both are answered with 503 and Retry-After; anything else stays an error. The one place that
 * knows which exceptions mean what, for H2 and PostgreSQL.
 */
enum DatabaseOutage {
    STORAGE_FULL("outage.storage-full"),
    UNREACHABLE("outage.database-unreachable");

    /** Seconds a client waits before trying again; a restarting server or a cleaned-up disk takes about this long. */
    static final int RETRY_AFTER_SECONDS = 30;

    /** PostgreSQL: the server shuts down, crashed, or is starting up; class 08 is any lost connection. */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** PostgreSQL disk_full. */
    private static final String DISK_FULL_STATE = "53100";
    /** H2: no disk space left. */
    private static final int H2_NO_DISK_SPACE = 90100;
    /** H2: the database was closed (after an IO error such as a full disk), IO errors, closing at shutdown. */
    private static final Set<Integer> H2_UNREACHABLE_CODES = Set.of(90098, 90028, 90031, 90121);

    private final String messageKey;

    DatabaseOutage(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    /**
     * The outage an exception (or one of its causes) stands for; empty when it is some other error. A failed
     * rollback hides the error that caused it (on a connection the pool already closed): that one counts.
     */
    static Optional<DatabaseOutage> of(Throwable error) {
        boolean outage = false;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isStorageFull(t)) {
                return Optional.of(STORAGE_FULL);
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Optional<DatabaseOutage> original = of(rollback.getApplicationException());
                if (original.isPresent()) {
                    return original;
                }
            }
            outage |= isUnreachable(t);
        }
        return outage ? Optional.of(UNREACHABLE) : Optional.empty();
    }

    private static boolean isStorageFull(Throwable t) {
        if (t instanceof SQLException sql
                && (DISK_FULL_STATE.equals(sql.getSQLState()) || sql.getErrorCode() == H2_NO_DISK_SPACE)) {
            return true;
        }
        String message = t.getMessage();
        return (t instanceof IOException || t instanceof SQLException || t instanceof IllegalStateException)
                && message != null
                && (message.contains("No space left on device") || message.contains("Disk full"));
    }

    private static boolean isUnreachable(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return sql instanceof SQLTransientConnectionException
                    || sql instanceof SQLNonTransientConnectionException
                    || sql instanceof SQLRecoverableException
                    || H2_UNREACHABLE_CODES.contains(sql.getErrorCode())
                    || state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state));
        }
        return t instanceof CannotGetJdbcConnectionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException
                || t instanceof CannotCreateTransactionException;
    }
}
