package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * The connection pool, telling a busy database from an absent one. The pool gives up on a connection after its
 * connection timeout (1 s), so that a request fails fast with the outage answer (503) while the database is away.
 * But a timeout while every connection of a full pool is in use means the database is there and busy: then the
 * request waits on, up to {@link #BUSY_WAIT} in all, instead of being told that the database is unreachable.
 * (When the database goes away, its connections fail their validation and leave the pool, so the pool is no
 * longer full and the next timeout ends the wait.) It takes the place of the pool Spring Boot configured, with all
 * of that pool's settings, before anyone has taken a connection from it.
 */
public class PatientPool extends HikariDataSource {

    static final Duration BUSY_WAIT = Duration.ofSeconds(30);

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
            try {
                return super.getConnection();
            } catch (SQLTransientConnectionException timeout) {
                if (!fullAndInUse() || System.nanoTime() - deadline > 0) {
                    throw timeout;
                }
            }
        }
    }

    /** Every connection the pool may hold exists and is lent out: the database answers, it is only busy. */
    boolean fullAndInUse() {
        HikariPoolMXBean pool = getHikariPoolMXBean();
        return pool != null && pool.getTotalConnections() >= getMaximumPoolSize()
                && pool.getActiveConnections() >= getMaximumPoolSize();
    }
}
