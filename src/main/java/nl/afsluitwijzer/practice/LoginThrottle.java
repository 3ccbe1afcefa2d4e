package nl.afsluitwijzer.practice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name in the database (so every node sees them) and locks the name
 * for a while after too many. The lock always ends: it cannot be used to shut a user out for good.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${afsluitwijzer.login.max-failures}") int maxFailures,
            @Value("${afsluitwijzer.login.lock-duration}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
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

    /** Records a failure and returns how many failures in a row the name now has. */
    @Transactional
    public int recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(lockDuration));
        int updated = jdbc.sql("""
                UPDATE login_attempt SET failures = CASE WHEN last_failure_at < ? THEN 1 ELSE failures + 1 END,
                       last_failure_at = ? WHERE username = ?""")
                .params(windowStart, Timestamp.from(now), key)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO login_attempt (username, failures, last_failure_at) VALUES (?, 1, ?)")
                    .params(key, Timestamp.from(now))
                    .update();
        }
        int failures = jdbc.sql("SELECT failures FROM login_attempt WHERE username = ?").param(key)
                .query(Integer.class).single();
        if (failures >= maxFailures) {
            jdbc.sql("UPDATE login_attempt SET locked_until = ?, failures = 0 WHERE username = ?")
                    .params(Timestamp.from(now.plus(lockDuration)), key)
                    .update();
        }
        return failures;
    }

    public void recordSuccess(String username) {
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

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
