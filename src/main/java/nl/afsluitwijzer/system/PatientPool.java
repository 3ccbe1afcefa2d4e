package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection pool, telling a busy PostgreSQL server from an absent one for every connection, also those
 * taken outside a transaction (the sign-in, the session store, the bearer-token check).
 * <p>
 * The pool gives up on a connection after its connection timeout (1 s), so that a request fails fast with the
 * outage answer (503) while the database is away. But when other requests got a connection while this one
 * waited, the database is there and only busy: then the request asks again, up to {@link #BUSY_WAIT} in all,
 * instead of being told that the database is unreachable. While the database is away (stopped, or the network
 * cut so that every connection hangs) nobody gets one, and the first timeout ends the wait.
 * <p>
 * Only for a database server: on the embedded H2 database the transaction manager ({@link ResilientTransactions})
 * keeps the wait for transactions, as before, and a connection taken outside a transaction fails after the
 * timeout; after a full disk H2 reopens its file on the next connection, which the fault tests cover as it is.
 */
public class PatientPool extends HikariDataSource {

    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private final AtomicLong handedOut = new AtomicLong();

    @Override
    public Connection getConnection() throws SQLException {
        if (!isDatabaseServer()) {
            return super.getConnection();
        }
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            long handedOutBefore = handedOut.get();
            try {
                Connection connection = super.getConnection();
                handedOut.incrementAndGet();
                return connection;
            } catch (SQLTransientConnectionException timeout) {
                boolean othersGotOne = handedOut.get() != handedOutBefore;
                if (!othersGotOne || System.nanoTime() - deadline > 0) {
                    throw timeout;
                }
            }
        }
    }

    /** PostgreSQL or another server reached over the network, H2's own server included; not an embedded file. */
    boolean isDatabaseServer() {
        String url = getJdbcUrl();
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return !lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:");
    }
}
