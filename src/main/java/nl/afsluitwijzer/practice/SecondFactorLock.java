package nl.afsluitwijzer.practice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong second-factor codes per account, in the database (every node, every restart), apart from the
 * password throttle: a correct password never clears them. A try is counted before the code is checked,
 * with one conditional UPDATE, so parallel guesses all count and no more than the maximum get checked.
 * Only a correct code outside the lock clears the count. Runs inside the caller's transaction.
 */
@Component
class SecondFactorLock {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxWrongCodes;
    private final Duration lockDuration;

    SecondFactorLock(
            JdbcClient jdbc,
            Clock clock,
            @Value("${afsluitwijzer.two-factor.max-wrong-codes:5}") int maxWrongCodes,
            @Value("${afsluitwijzer.two-factor.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxWrongCodes = maxWrongCodes;
        this.lockDuration = lockDuration;
    }

    Optional<Instant> lockedUntil(Long userId) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT codes_locked_until FROM user_totp WHERE user_id = ? AND codes_locked_until > ?")
                .params(userId, Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Counts a try as wrong until proven right; false when the second factor is locked (check no code). */
    boolean reserve(Long userId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("UPDATE user_totp SET failed_codes = 0, codes_locked_until = NULL "
                        + "WHERE user_id = ? AND codes_locked_until <= ?")
                .params(userId, now)
                .update();
        int counted = jdbc.sql("UPDATE user_totp SET failed_codes = failed_codes + 1 "
                        + "WHERE user_id = ? AND codes_locked_until IS NULL AND failed_codes < ?")
                .params(userId, maxWrongCodes)
                .update();
        if (counted == 1) {
            return true;
        }
        lockWhenSpent(userId);
        return lockedUntil(userId).isEmpty();
    }

    /** The reserved try was wrong; true when that spent the last one and the second factor is now locked. */
    boolean wrong(Long userId) {
        lockWhenSpent(userId);
        return lockedUntil(userId).isPresent();
    }

    void correct(Long userId) {
        jdbc.sql("UPDATE user_totp SET failed_codes = 0 WHERE user_id = ?")
                .param(userId)
                .update();
    }

    private void lockWhenSpent(Long userId) {
        jdbc.sql("UPDATE user_totp SET codes_locked_until = ? "
                        + "WHERE user_id = ? AND codes_locked_until IS NULL AND failed_codes >= ?")
                .params(Timestamp.from(clock.instant().plus(lockDuration)), userId, maxWrongCodes)
                .update();
    }
}
