package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection pool, telling a busy database from an absent one. The pool gives up on a connection after its
 * connection timeout (1 s), so that a request fails fast with the outage answer (503) while the database is away.
 * But when other requests got connections while this one waited, the database is there and only busy: then the
 * request waits on, up to {@link #BUSY_WAIT} in all, instead of being told that the database is unreachable.
 * While the database is away (stopped, or the network cut so that every connection hangs) nobody gets a
 * connection, and the first timeout ends the wait. It takes the place of the pool Spring Boot configured, with all
 * of that pool's settings, before anyone has taken a connection from it.
 */
public class PatientPool extends HikariDataSource {

    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private final AtomicLong lent = new AtomicLong();

    /** A pool with the settings of a configured, not yet started one. */
    static PatientPool of(HikariDataSource configured) {
        PatientPool pool = new PatientPool();
        configured.copyStateTo(pool);
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            long lentBefore = lent.get();
            try {
                Connection connection = super.getConnection();
                lent.incrementAndGet();
                return connection;
            } catch (SQLTransientConnectionException timeout) {
                boolean othersGotOne = lent.get() != lentBefore;
                if (!othersGotOne || System.nanoTime() - deadline > 0) {
                    throw timeout;
                }
            }
        }
    }
}
