package nl.afsluitwijzer.practice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: shown once when created, stored only as a SHA-256 hash, revocable. Issuing and
 * revoking are audit-logged in the same transaction: if the log entry cannot be written, nothing happens.
 */
@Service
public class ApiTokens {

    /** At most this many tokens' last recording are remembered by this node (then it starts afresh). */
    private static final int RECORDED_HERE_MAX = 10_000;

    /** When this node last recorded the use of a token (by its hash). */
    private final java.util.Map<String, Instant> recordedHere = new java.util.concurrent.ConcurrentHashMap<>();

    static final Duration VALIDITY = Duration.ofDays(365);
    /** How exactly "last used" is kept: a bearer request writes it at most this often, not on every read. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String PREFIX = "afw_";
    private static final String OBJECT = "API_TOKEN";

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final FailedSignIns failedSignIns;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            JdbcClient jdbc,
            UserAccountRepository users,
            AuditLog audit,
            FailedSignIns failedSignIns,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.failedSignIns = failedSignIns;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as listed on the profile page; the secret itself is never stored. */
    public record ApiTokenView(
            Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A newly issued token with its secret, to be shown to the user exactly once. */
    public record IssuedToken(Long id, String name, String secret, Instant expiresAt) implements java.io.Serializable {}

    @Transactional
    public IssuedToken issue(Long userId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)""")
                .params(userId, name, hash(secret), Timestamp.from(now), Timestamp.from(expires))
                .update();
        Long id = findIdByHash(hash(secret));
        audit.record(AuditEvent.of(AuditAction.CREATE, OBJECT, id));
        return new IssuedToken(id, name, secret, expires);
    }

    public List<ApiTokenView> listFor(Long userId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE user_id = ? ORDER BY created_at DESC, id DESC""").param(userId).query(ApiTokenView.class).list();
    }

    /** Revokes one of the user's own tokens; returns false when it is not theirs or already revoked. */
    @Transactional
    public boolean revoke(Long userId, Long tokenId) {
        boolean revoked = jdbc.sql("""
                UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                        .params(Timestamp.from(clock.instant()), tokenId, userId)
                        .update()
                == 1;
        if (revoked) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, OBJECT, tokenId));
        }
        return revoked;
    }

    /**
     * The enabled user a valid, unrevoked, unexpired token belongs to. A valid token is read with one statement of its
     * own, outside a transaction (this runs on every API request, and a transaction only added its commit); a refused
     * one is audited in a transaction.
     */
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            failedWith(null);
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(secret);
        // one statement for the token and its enabled user (not the repository's findById: this runs on every API
        // request, and the aggregate mapping cost more than the rest of the sign-in)
        Optional<SignedInUser> user = jdbc.sql("""
                        SELECT u.id, u.practice_id, u.username, u.display_name, u.role, u.must_change_password
                        FROM api_token t JOIN user_account u ON u.id = t.user_id
                        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled = TRUE""")
                .params(hash, Timestamp.from(now))
                .query((row, number) -> SignedInUser.byToken(
                        new CurrentUser(
                                row.getLong("id"),
                                row.getLong("practice_id"),
                                row.getString("username"),
                                row.getString("display_name"),
                                Role.valueOf(row.getString("role"))),
                        row.getBoolean("must_change_password")))
                .optional();
        user.ifPresent(signedIn -> recordUse(hash, now));
        if (user.isEmpty()) {
            failedWith(secret);
        }
        return user;
    }

    /**
     * Notes when the token was last used, at most once per {@link #LAST_USED_PRECISION} per token: a request in the
     * same minute reads without writing (the comparison is in the UPDATE itself, so two nodes need no lock), and
     * a request within the minute after this node recorded the use sends no statement at all.
     */
    private void recordUse(String tokenHash, Instant now) {
        Instant recorded = recordedHere.get(tokenHash);
        if (recorded != null && recorded.isAfter(now.minus(LAST_USED_PRECISION))) {
            return;
        }
        if (recordedHere.size() > RECORDED_HERE_MAX) {
            recordedHere.clear();
        }
        recordedHere.put(tokenHash, now);
        jdbc.sql("""
                UPDATE api_token SET last_used_at = ?
                WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                .params(Timestamp.from(now), tokenHash, Timestamp.from(now.minus(LAST_USED_PRECISION)))
                .update();
    }

    /**
     * Audits a refused token, in a transaction of its own: of its owner when it is known (revoked, expired, or the user
     * disabled).
     */
    private void failedWith(@Nullable String secret) {
        transaction.executeWithoutResult(status -> {
            Optional<Known> known = secret == null || secret.length() > 100
                    ? Optional.empty()
                    : jdbc.sql("SELECT id, user_id FROM api_token WHERE token_hash = ?")
                            .param(hash(secret))
                            .query(Known.class)
                            .optional();
            failedSignIns.token(
                    known.flatMap(k -> users.findById(k.userId())),
                    known.map(Known::id).orElse(null));
        });
    }

    private Long findIdByHash(String hash) {
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?")
                .param(hash)
                .query(Long.class)
                .single();
    }

    static String hash(String secret) {
        return DigestUtils.sha256Hex(secret);
    }

    private record Known(Long id, Long userId) {}
}
