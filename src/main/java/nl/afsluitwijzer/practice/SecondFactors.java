package nl.afsluitwijzer.practice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.Totp;
import nl.afsluitwijzer.shared.FirstSave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a user: a TOTP secret (encrypted at rest) and recovery codes. Every TOTP code is
 * accepted once: the last used time step is kept in the database, so a code cannot be replayed on
 * another node either. Enrolling, new recovery codes and removal are audit-logged in the same transaction.
 */
@Service
public class SecondFactors {

    /** How a code at sign-in was accepted, or that it was not. */
    public enum Outcome {
        TOTP,
        RECOVERY_CODE,
        REJECTED,
        /** Too many wrong codes: no code is checked until the lock ends. */
        LOCKED
    }

    private static final int SECRET_BYTES = 20;
    private static final String OBJECT = "SECOND_FACTOR";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final RecoveryCodes recoveryCodes;
    private final AuditLog audit;
    private final SecondFactorLock lock;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(
            JdbcClient jdbc,
            SecretCipher cipher,
            RecoveryCodes recoveryCodes,
            AuditLog audit,
            SecondFactorLock lock,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.lock = lock;
        this.clock = clock;
    }

    public boolean isEnrolled(@Nullable Long userId) {
        return userId != null && enrolledAt(userId).isPresent();
    }

    public Optional<Instant> enrolledAt(Long userId) {
        return jdbc.sql("SELECT enrolled_at FROM user_totp WHERE user_id = ?")
                .param(userId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** A new random secret in base32, for the enrolment page; it counts only once {@link #enrol} confirms it. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The secret sealed for keeping in the session until enrolment is confirmed. */
    public String seal(String base32Secret) {
        return cipher.encrypt(Base32.decode(base32Secret));
    }

    public String unseal(String sealed) {
        return Base32.encode(cipher.decrypt(sealed));
    }

    /**
     * Enrols the secret when the code proves the app has it, and returns ten new recovery codes to show
     * once. The confirming code counts as used. A user who is enrolled already (a second tab or request that won
     * the race) is refused with a conflict.
     */
    @Transactional
    public Optional<List<String>> enrol(Long userId, String base32Secret, String code) {
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(Base32.decode(base32Secret), code, now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        // no delete first: a second enrolment racing this one must fail on the key, not replace the secret
        FirstSave.orConflict(
                () -> jdbc.sql(
                                "INSERT INTO user_totp (user_id, secret_encrypted, enrolled_at, last_used_step) VALUES (?, ?, ?, ?)")
                        .params(
                                userId,
                                cipher.encrypt(Base32.decode(base32Secret)),
                                Timestamp.from(now),
                                step.getAsLong())
                        .update(),
                "second factor of user " + userId);
        audit.record(AuditEvent.of(AuditAction.CREATE, OBJECT, userId));
        return Optional.of(recoveryCodes.replace(userId, now));
    }

    /**
     * A code typed at sign-in: a TOTP code, or else one of the recovery codes. Wrong codes of every channel
     * count towards the account's second-factor lock; while it holds, even a correct code is refused.
     */
    @Transactional
    public Outcome verify(Long userId, String input) {
        String code = input == null ? "" : input.strip();
        if (!lock.reserve(userId)) {
            return Outcome.LOCKED;
        }
        Outcome outcome = RecoveryCodes.looksLikeRecoveryCode(code)
                ? (recoveryCodes.use(userId, code, clock.instant()) ? Outcome.RECOVERY_CODE : Outcome.REJECTED)
                : (totpMatches(userId, code.replace(" ", "")) ? Outcome.TOTP : Outcome.REJECTED);
        return settle(userId, outcome);
    }

    /** Only a TOTP code (API tokens, confirming a change), under the same lock as {@link #verify}. */
    @Transactional
    public Outcome verifyTotp(Long userId, String code) {
        if (!lock.reserve(userId)) {
            return Outcome.LOCKED;
        }
        return settle(userId, totpMatches(userId, code == null ? "" : code.strip()) ? Outcome.TOTP : Outcome.REJECTED);
    }

    /** Until when the second factor of this user is locked after too many wrong codes. */
    public Optional<Instant> lockedUntil(Long userId) {
        return lock.lockedUntil(userId);
    }

    private Outcome settle(Long userId, Outcome outcome) {
        if (outcome == Outcome.REJECTED) {
            return lock.wrong(userId) ? Outcome.LOCKED : Outcome.REJECTED;
        }
        lock.correct(userId);
        return outcome;
    }

    /** True once per code: the step must be later than the last one used (atomic compare-and-set). */
    private boolean totpMatches(Long userId, String code) {
        Optional<String> secret = jdbc.sql("SELECT secret_encrypted FROM user_totp WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .optional();
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(cipher.decrypt(secret.get()), code, clock.instant());
        return step.isPresent()
                && jdbc.sql("""
                UPDATE user_totp SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?""")
                                .params(step.getAsLong(), userId, step.getAsLong())
                                .update()
                        == 1;
    }

    @Transactional
    public List<String> newRecoveryCodes(Long userId) {
        audit.record(AuditEvent.of(AuditAction.UPDATE, OBJECT, userId));
        return recoveryCodes.replace(userId, clock.instant());
    }

    public int remainingRecoveryCodes(Long userId) {
        return recoveryCodes.remaining(userId);
    }

    /** Removes the second factor, for a lost phone (by a manager or administrator) or when it is not required. */
    @Transactional
    public void remove(Long userId) {
        recoveryCodes.removeAll(userId);
        jdbc.sql("DELETE FROM user_totp WHERE user_id = ?").param(userId).update();
        audit.record(AuditEvent.of(AuditAction.DELETE, OBJECT, userId));
    }
}
