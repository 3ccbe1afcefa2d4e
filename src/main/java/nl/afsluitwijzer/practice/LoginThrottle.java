package nl.afsluitwijzer.practice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts per user name in the database (so every node sees them) and locks the name for
 * a while after too many failures. An attempt is counted before the password is checked, under a row
 * lock, so parallel attempts get no more tries than attempts one after the other. The lock always ends:
 * it cannot be used to shut a user out for good.
 */
@Component
public class LoginThrottle {

    /** The number of an attempt that may not check the password: the name is locked. */
    public static final int LOCKED = 0;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final TransactionTemplate separately;

    LoginThrottle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
            @Value("${afsluitwijzer.login.max-failures}") int maxFailures,
            @Value("${afsluitwijzer.login.lock-duration}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = ?")
                .param(key(username))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /**
     * Starts an attempt: returns its number among the failures in a row (1 for the first), or
     * {@link #LOCKED} when the name is locked and the password must not be checked.
     */
    @Transactional
    public int begin(String username) {
        String key = key(username);
        Instant now = clock.instant();
        ensureRow(key, now);
        Row row = jdbc.sql("SELECT failures, last_failure_at, locked_until FROM login_attempt WHERE username = ? "
                + "FOR UPDATE").param(key).query(Row.class).single();
        if (row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(now)) {
            return LOCKED;
        }
        boolean stale = row.lastFailureAt().toInstant().isBefore(now.minus(lockDuration));
        int failures = stale ? 0 : row.failures();
        if (failures >= maxFailures) {
            lock(key, now);
            return LOCKED;
        }
        jdbc.sql("UPDATE login_attempt SET failures = ?, last_failure_at = ?, locked_until = NULL WHERE username = ?")
                .params(failures + 1, Timestamp.from(now), key).update();
        return failures + 1;
    }

    /**
     * The attempt with this number failed; returns true when it was the last one allowed and the name is
     * now locked. Decided by the number, so parallel attempts get the same answers as attempts in a row.
     */
    @Transactional
    public boolean failed(String username, int attempt) {
        if (attempt < maxFailures) {
            return false;
        }
        lock(key(username), clock.instant());
        return true;
    }

    public void succeeded(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = ?").param(key(username)).update();
    }

    /** Forgets failures and locks that have ended; run by a scheduled job. */
    public int forgetExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(lockDuration));
        return jdbc.sql("""
                DELETE FROM login_attempt WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)""")
                .params(cutoff, Timestamp.from(clock.instant()))
                .update();
    }

    /** Creates the counter row in its own transaction; when a parallel attempt was first, that row is used. */
    private void ensureRow(String key, Instant now) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = ?").param(key)
                .query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> jdbc.sql(
                    "INSERT INTO login_attempt (username, failures, last_failure_at) VALUES (?, 0, ?)")
                    .params(key, Timestamp.from(now)).update());
        } catch (DuplicateKeyException parallelAttemptWasFirst) {
            // the row exists now, which is all this needs
        }
    }

    private void lock(String key, Instant now) {
        jdbc.sql("UPDATE login_attempt SET locked_until = ?, failures = 0, last_failure_at = ? WHERE username = ?")
                .params(Timestamp.from(now.plus(lockDuration)), Timestamp.from(now), key).update();
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }

    private record Row(int failures, Timestamp lastFailureAt, Timestamp lockedUntil) {
    }
}
