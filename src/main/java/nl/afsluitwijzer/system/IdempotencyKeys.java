package nl.afsluitwijzer.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The idempotency_key table. A key is claimed with a committed row before the request runs, so that the
 * primary key (user, key) decides a race between nodes at once; the answer is stored by the attempt that
 * still owns the row, inside the transaction of the write itself (see {@link IdempotencyFilter}).
 */
@Component
class IdempotencyKeys {

    /** What a request with a key may do: run as {@code owner}, replay a stored answer, or be refused. */
    record Claim(
            Outcome outcome,
            @Nullable String owner,
            @Nullable ReplayableResponse stored) {
        enum Outcome {
            RUN,
            REPLAY,
            OTHER_REQUEST,
            IN_PROGRESS
        }
    }

    private record Row(
            String requestHash,
            String ownerToken,
            Timestamp startedAt,
            Integer responseStatus,
            String responseHeaders,
            byte[] responseBody) {}

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration abandonedAfter;

    IdempotencyKeys(
            JdbcClient jdbc,
            Clock clock,
            @Value("${afsluitwijzer.api.idempotency.abandoned-after:PT2M}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    /** Runs outside any transaction: each statement commits by itself, so other nodes see the claim at once. */
    Claim claim(long userId, String key, String requestHash) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String owner = UUID.randomUUID().toString();
            if (insert(userId, key, requestHash, owner)) {
                return new Claim(Claim.Outcome.RUN, owner, null);
            }
            Optional<Row> row = find(userId, key);
            if (row.isEmpty()) {
                continue; // released meanwhile by a failed first attempt: try to claim again
            }
            Claim claim = existing(userId, key, requestHash, row.get(), owner);
            if (claim != null) {
                return claim;
            }
        }
        return new Claim(Claim.Outcome.IN_PROGRESS, null, null);
    }

    private @Nullable Claim existing(long userId, String key, String requestHash, Row row, String owner) {
        if (!row.requestHash().equals(requestHash)) {
            return new Claim(Claim.Outcome.OTHER_REQUEST, null, null);
        }
        if (row.responseStatus() != null) {
            return new Claim(
                    Claim.Outcome.REPLAY,
                    null,
                    ReplayableResponse.fromStored(row.responseStatus(), row.responseHeaders(), row.responseBody()));
        }
        if (row.startedAt().toInstant().isAfter(clock.instant().minus(abandonedAfter))) {
            return new Claim(Claim.Outcome.IN_PROGRESS, null, null);
        }
        // abandoned (its node died, or it runs far too long): whoever takes the row over runs; the old
        // attempt can no longer complete it, so its write rolls back
        int taken = jdbc.sql("""
                UPDATE idempotency_key SET owner_token = ?, started_at = ?
                WHERE user_id = ? AND idempotency_key = ? AND owner_token = ? AND response_status IS NULL""")
                .params(Arrays.asList(owner, Timestamp.from(clock.instant()), userId, key, row.ownerToken()))
                .update();
        return taken == 1 ? new Claim(Claim.Outcome.RUN, owner, null) : null;
    }

    /**
     * Stores the answer if this attempt still owns the key. Called inside the transaction of the write, so
     * the answer commits with the write or not at all; false means the key was taken over.
     */
    boolean complete(long userId, String key, String owner, ReplayableResponse response) {
        return jdbc.sql("""
                UPDATE idempotency_key SET response_status = ?, response_headers = ?, response_body = ?
                WHERE user_id = ? AND idempotency_key = ? AND owner_token = ? AND response_status IS NULL""")
                        .params(response.status(), response.headerLines(), response.body(), userId, key, owner)
                        .update()
                == 1;
    }

    /** Gives the key free again after an attempt that wrote nothing (a server error): the retry runs anew. */
    void release(long userId, String key, String owner) {
        jdbc.sql("""
                DELETE FROM idempotency_key
                WHERE user_id = ? AND idempotency_key = ? AND owner_token = ? AND response_status IS NULL""").params(userId, key, owner).update();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    private boolean insert(long userId, String key, String requestHash, String owner) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_key (user_id, idempotency_key, request_hash, owner_token, created_at,
                        started_at) VALUES (?, ?, ?, ?, ?, ?)""").params(userId, key, requestHash, owner, now, now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private Optional<Row> find(long userId, String key) {
        return jdbc.sql("""
                SELECT request_hash, owner_token, started_at, response_status, response_headers, response_body
                FROM idempotency_key WHERE user_id = ? AND idempotency_key = ?""").params(userId, key).query(Row.class).optional();
    }
}
