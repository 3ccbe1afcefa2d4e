package nl.afsluitwijzer.practice.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed passwords in the database (every node sees them), counted per account AND source address: too
 * many from one address lock that pair for a while, so an attacker elsewhere cannot lock the owner out.
 * Failures of an account from all addresses together only slow every answer down (see {@link #delay}).
 * A try is counted before the password is checked, with one conditional UPDATE, so parallel tries get no
 * more checks than tries in a row; a success sets the count back. Names are stored as a SHA-256 only:
 * people type their password into the name field.
 */
@Component
public class LoginThrottle {

    /** The number of an attempt that may not check the password: the pair is locked. */
    public static final int LOCKED = 0;
    /** Where the failures of an account from every address are counted. */
    static final String EVERY_SOURCE = "*";

    private static final Duration MAX_DELAY = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final Duration delayPerFailure;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${afsluitwijzer.login.max-failures}") int maxFailures,
            @Value("${afsluitwijzer.login.lock-duration}") Duration lockDuration,
            @Value("${afsluitwijzer.login.delay-per-failure}") Duration delayPerFailure) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.delayPerFailure = delayPerFailure;
    }

    public Optional<Instant> lockedUntil(String username, String source) {
        return jdbc.sql("SELECT locked_until FROM login_attempt WHERE account_key = ? AND source = ? "
                        + "AND locked_until > ?")
                .params(key(username), source(source), Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Starts an attempt: returns its number among the failures in a row from this source (1 for the
     * first), or {@link #LOCKED} when the pair is locked or its tries are taken by parallel attempts.
     */
    @Transactional
    public int begin(String username, @Nullable String source) {
        String key = key(username);
        String from = source(source);
        for (int tries = 0; tries < 2; tries++) {
            start(key, from);
            int reserved = jdbc.sql("UPDATE login_attempt SET failures = failures + 1, last_failure_at = ? "
                            + "WHERE account_key = ? AND source = ? AND locked_until IS NULL AND failures < ?")
                    .params(Timestamp.from(clock.instant()), key, from, maxFailures)
                    .update();
            if (reserved == 1) {
                return jdbc.sql("SELECT failures FROM login_attempt WHERE account_key = ? AND source = ?")
                        .params(key, from)
                        .query(Integer.class)
                        .single();
            }
            if (exists(key, from)) {
                return LOCKED;
            }
            // removed by the housekeeping between start and update: start again
        }
        return LOCKED;
    }

    /**
     * The attempt with this number failed: counts it for the account from every source and returns true
     * when it was the last one allowed from this source, which is now locked.
     */
    @Transactional
    public boolean failed(String username, @Nullable String source, int attempt) {
        String key = key(username);
        start(key, EVERY_SOURCE);
        jdbc.sql("UPDATE login_attempt SET failures = failures + 1, last_failure_at = ? "
                        + "WHERE account_key = ? AND source = ?")
                .params(Timestamp.from(clock.instant()), key, EVERY_SOURCE)
                .update();
        if (attempt < maxFailures) {
            return false;
        }
        jdbc.sql("UPDATE login_attempt SET locked_until = ? WHERE account_key = ? AND source = ?")
                .params(Timestamp.from(clock.instant().plus(lockDuration)), key, source(source))
                .update();
        return true;
    }

    public void succeeded(String username, @Nullable String source) {
        jdbc.sql("UPDATE login_attempt SET failures = 0, locked_until = NULL WHERE account_key = ? AND source = ?")
                .params(key(username), source(source))
                .update();
    }

    /**
     * How long to wait before checking a password of this account: grows with its recent failures from
     * all sources together, at most a few seconds. It slows a guess spread over many addresses, and never
     * stops the owner.
     */
    public Duration delay(String username) {
        int failures = jdbc.sql("SELECT failures FROM login_attempt WHERE account_key = ? AND source = ? "
                        + "AND last_failure_at >= ?")
                .params(
                        key(username),
                        EVERY_SOURCE,
                        Timestamp.from(clock.instant().minus(lockDuration)))
                .query(Integer.class)
                .optional()
                .orElse(0);
        Duration delay = delayPerFailure.multipliedBy(Math.max(0, failures - maxFailures));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Forgets failures and locks that have ended; run by a scheduled job. */
    public int forgetExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(lockDuration));
        return jdbc.sql("""
                DELETE FROM login_attempt WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)""").params(cutoff, Timestamp.from(clock.instant())).update();
    }

    /** Makes sure the row exists (insert or nothing, safe in parallel) and forgets a lock or failures that ended. */
    private void start(String key, String source) {
        Instant now = clock.instant();
        try {
            jdbc.sql("INSERT INTO login_attempt (account_key, source, failures, last_failure_at) VALUES (?, ?, 0, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(key, source, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException parallelAttemptWasFirst) {
            // the row exists now, which is all this needs
        }
        jdbc.sql("UPDATE login_attempt SET failures = 0, locked_until = NULL WHERE account_key = ? AND source = ? "
                        + "AND (locked_until <= ? OR (locked_until IS NULL AND last_failure_at < ?))")
                .params(key, source, Timestamp.from(now), Timestamp.from(now.minus(lockDuration)))
                .update();
    }

    private boolean exists(String key, String source) {
        return jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE account_key = ? AND source = ?")
                        .params(key, source)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** SHA-256 of the name as typed (trimmed, lower case): the same for every channel, never the name itself. */
    public static String key(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return DigestUtils.sha256Hex(name);
    }

    private static String source(@Nullable String source) {
        String address = source == null || source.isBlank() ? "unknown" : source.strip();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
