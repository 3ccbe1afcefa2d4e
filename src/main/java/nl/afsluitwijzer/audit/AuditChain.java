package nl.afsluitwijzer.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hash chain of the access log (NEN 7513). Entries get their place in the chain one at a time, also with
 * several nodes, by locking the one-row head table; but not for the whole request: an entry recorded in a
 * transaction waits in that transaction and is appended just before it commits, so the lock is held only for
 * the appending and the commit, and audited reads of different users run side by side. The entry still commits
 * or rolls back with the action it records. Within a node the appending transactions take turns, and the next one
 * starts from the head the last one committed: one statement moves the head row on from there and locks it, when no
 * other node moved it meanwhile (else the head is read and locked first, as with no head known), so the lock is
 * held for two statements and the commit instead of three.
 * Entries are keyed (HMAC, {@link AuditKey}) from the switch-over point on, whose own signature is kept in
 * the head row. Verifying compares the chain with the anchors outside the database, walks it and reports the
 * first changed, missing or out-of-place entry; an intact chain gets a new anchor.
 */
@Service
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int PAGE = 1000;

    private static final String HEAD = "SELECT last_seq, last_hash, legacy_count, legacy_max_id, keyed_from, "
            + "keyed_from_mac FROM audit_chain WHERE id = 1";

    /** The head row; keyedFrom is the first position under the keyed rule (null until the first keyed entry). */
    record Head(
            long lastSeq,
            String lastHash,
            long legacyCount,
            long legacyMaxId,
            @Nullable Long keyedFrom,
            @Nullable String keyedFromMac) {}

    /** How long an append waits for this node's turn: as long as a statement may wait (the socket timeout). */
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditAnchors anchors;
    private final Clock clock;

    /** One transaction of this node appends at a time: from its first append until it has committed. */
    private final ReentrantLock turn = new ReentrantLock();

    /**
     * The head as this node's last committed append left it (null: unknown, read it), guarded by the turn: the next
     * append of this node starts from it without reading the head first, when no other node appended since.
     */
    private @Nullable Head known;

    AuditChain(JdbcClient jdbc, AuditKey key, AuditAnchors anchors, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.anchors = anchors;
        this.clock = clock;
    }

    /**
     * Appends an entry as part of the caller's transaction: just before it commits (see the class comment), or at
     * once when the transaction is already appending or there is none.
     */
    void append(ChainedEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            appendAlone(entry);
            return;
        }
        PendingEntries pending = pendingEntries().orElseGet(this::newPendingEntries);
        if (pending.committing) {
            pending.appendNow(List.of(entry));
        } else {
            pending.entries.add(entry);
        }
    }

    /** Without a transaction: the head locked and read, the entry appended after it. */
    private void appendAlone(ChainedEntry entry) {
        takeTurn();
        try {
            known = null;
            appendAfterLockedHead(List.of(entry));
        } finally {
            turn.unlock();
        }
    }

    /**
     * The first append of a transaction, which holds this node's turn: after the head this node's last append left,
     * when the head row still holds it (one statement moves the head and takes its lock, so no other node appended
     * meanwhile); else after the head as read and locked. The head as this transaction leaves it.
     */
    private Head appendFirst(List<ChainedEntry> entries) {
        Head last = known;
        known = null;
        if (last != null && last.keyedFrom() != null) {
            Appended appended = chained(last, entries);
            int moved = jdbc.sql("""
                            UPDATE audit_chain SET last_seq = ?, last_hash = ?
                            WHERE id = 1 AND last_seq = ? AND last_hash = ? AND keyed_from = ?""")
                    .params(
                            appended.head().lastSeq(),
                            appended.head().lastHash(),
                            last.lastSeq(),
                            last.lastHash(),
                            last.keyedFrom())
                    .update();
            if (moved == 1) {
                insert(appended.rows());
                return appended.head();
            }
        }
        return appendAfterLockedHead(entries);
    }

    /** Takes the head lock (held until the transaction ends) and appends the entries in order; the new head. */
    private Head appendAfterLockedHead(List<ChainedEntry> entries) {
        Head head = jdbc.sql(HEAD + " FOR UPDATE").query(Head.class).single();
        if (head.keyedFrom() == null) {
            long keyedFrom = startKeying(head, head.lastSeq() + 1);
            head = new Head(
                    head.lastSeq(),
                    head.lastHash(),
                    head.legacyCount(),
                    head.legacyMaxId(),
                    keyedFrom,
                    switchMac(keyedFrom));
        }
        return appendAfter(head, entries);
    }

    /** Appends the entries after the head, which this transaction holds locked; the new head. */
    private Head appendAfter(Head head, List<ChainedEntry> entries) {
        Appended appended = chained(head, entries);
        insert(appended.rows());
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(appended.head().lastSeq(), appended.head().lastHash())
                .update();
        return appended.head();
    }

    /** The entries' rows, each with its place and hashes after the head (whose keying has started), and the new head. */
    private Appended chained(Head head, List<ChainedEntry> entries) {
        long seq = head.lastSeq();
        String previous = head.lastHash();
        ChainHash chainHash = new ChainHash(key, Objects.requireNonNull(head.keyedFrom()));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (ChainedEntry entry : entries) {
            seq++;
            String hash = chainHash.of(seq, previous, entry);
            rows.add(withChainColumns(entry, seq, previous, hash));
            previous = hash;
        }
        Head moved =
                new Head(seq, previous, head.legacyCount(), head.legacyMaxId(), head.keyedFrom(), head.keyedFromMac());
        return new Appended(moved, rows);
    }

    private record Appended(Head head, List<List<@Nullable Object>> rows) {}

    private void insert(List<List<@Nullable Object>> rows) {
        for (List<@Nullable Object> row : rows) {
            jdbc.sql("""
                    INSERT INTO audit_entry (at, username, role, action, object_type, object_id, client_reference,
                        treatment_id, on_behalf_of, remote_address, outcome, chain_seq, previous_hash, entry_hash,
                        practice_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(row).update();
        }
    }

    /**
     * Waits for this node's turn at the head, as long as a statement may wait for the database (the lock's holder
     * commits within that, or its connection fails).
     */
    private void takeTurn() {
        try {
            if (!turn.tryLock(TURN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CannotAcquireLockException("the audit chain's head stayed taken for " + TURN_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("interrupted while waiting for the audit chain's head", e);
        }
    }

    /**
     * The entries a transaction recorded, appended in its last step before the commit. Found among the
     * transaction's synchronizations, which Spring sets aside while an inner (REQUIRES_NEW) transaction runs, so an
     * inner transaction has entries of its own. Its first append takes this node's turn, which it gives back when the
     * transaction ends, leaving the head it committed for the next.
     */
    private final class PendingEntries implements TransactionSynchronization {

        private final List<ChainedEntry> entries = new ArrayList<>();
        /** The transaction is in its last step: an entry recorded now is appended at once. */
        private boolean committing;

        /** The head as this transaction left it, once it appended (it then holds the turn and the head's lock). */
        private @Nullable Head head;

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            if (!entries.isEmpty()) {
                appendNow(entries);
            }
        }

        void appendNow(List<ChainedEntry> batch) {
            Head appendedHead = head;
            if (appendedHead != null) {
                head = appendAfter(appendedHead, batch);
                return;
            }
            takeTurn();
            try {
                head = appendFirst(batch);
            } catch (RuntimeException e) {
                turn.unlock();
                throw e;
            }
        }

        boolean headLocked() {
            return head != null;
        }

        @Override
        public void afterCompletion(int status) {
            if (head != null) {
                known = status == STATUS_COMMITTED ? head : null;
                head = null;
                turn.unlock();
            }
        }
    }

    private static Optional<PendingEntries> pendingEntries() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance)
                .map(PendingEntries.class::cast)
                .findFirst();
    }

    private PendingEntries newPendingEntries() {
        PendingEntries pending = new PendingEntries();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /**
     * The first entry after the upgrade: from here on the chain is keyed. The switch-over point is signed in
     * the head row and, once committed, anchored with the legacy head outside the database.
     */
    private long startKeying(Head head, long seq) {
        jdbc.sql("UPDATE audit_chain SET keyed_from = ?, keyed_from_mac = ? WHERE id = 1")
                .params(seq, switchMac(seq))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                anchors.write(head.lastSeq(), head.lastHash(), seq);
            }
        });
        log.info("Audit chain: entries from #{} on are keyed (HMAC-SHA256)", seq);
        return seq;
    }

    private String switchMac(long keyedFrom) {
        return key.mac("keyed-from|" + keyedFrom);
    }

    /** The verification as a reader of this practice may see it: where an entry of another practice is. */
    public AuditVerification verifyFor(@Nullable Long practiceId) {
        AuditVerification result = verify();
        AuditVerification.Break firstBreak = result.firstBreak();
        Long entryId = firstBreak == null ? null : firstBreak.entryId();
        if (entryId == null) {
            return result;
        }
        Long entryPractice = jdbc.sql("SELECT practice_id FROM audit_entry WHERE id = ?")
                .param(entryId)
                .query(Long.class)
                .optional()
                .orElse(null);
        return practiceId != null && practiceId.equals(entryPractice) ? result : result.withoutEntryDetails();
    }

    /** Whether the current transaction appended and so holds the head lock until it ends. */
    static boolean headLockedByThisTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && pendingEntries().filter(PendingEntries::headLocked).isPresent();
    }

    /** Checks every chained entry up to the head as it is now; entries appended meanwhile wait for next time. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Head head = jdbc.sql(HEAD).query(Head.class).single();
        ChainWalk walk = new ChainWalk(head.lastSeq(), new ChainHash(key, head.keyedFrom()));
        if (head.keyedFrom() != null && !switchMac(head.keyedFrom()).equals(head.keyedFromMac())) {
            walk.breakAt(new AuditVerification.Break(AuditVerification.Kind.KEY_SWITCH, head.keyedFrom(), null, null));
        }
        walk.breakAt(anchors.compare(head.lastSeq(), head.keyedFrom(), this::hashAt));
        long after = 0;
        while (walk.firstBreak() == null && after < head.lastSeq()) {
            var rows = jdbc.sql("""
                    SELECT id, chain_seq, at, username, role, action, object_type, object_id, client_reference,
                           treatment_id, on_behalf_of, remote_address, outcome, previous_hash, entry_hash,
                           practice_id
                    FROM audit_entry WHERE chain_seq > ? AND chain_seq <= ? ORDER BY chain_seq LIMIT ?""")
                    .params(after, head.lastSeq(), PAGE)
                    .query(AuditChain::row)
                    .list();
            rows.forEach(walk::check);
            after = rows.isEmpty() ? head.lastSeq() : rows.get(rows.size() - 1).sequence();
        }
        walk.end(head.lastHash());
        long unchained = checkUnchained(head, walk);
        AuditVerification result = new AuditVerification(walk.checked(), unchained, walk.firstBreak(), clock.instant());
        log.info(
                "Audit chain verified: {} entries up to #{} (head {}), {}",
                walk.checked(),
                head.lastSeq(),
                head.lastHash(),
                result.intact() ? "intact" : "BROKEN at " + result.firstBreak());
        if (result.intact()) {
            anchors.write(head.lastSeq(), head.lastHash(), head.keyedFrom());
        }
        return result;
    }

    private Optional<String> hashAt(long sequence) {
        return jdbc.sql("SELECT entry_hash FROM audit_entry WHERE chain_seq = ?")
                .param(sequence)
                .query(String.class)
                .optional();
    }

    private long checkUnchained(Head head, ChainWalk walk) {
        record Unchained(
                long count, @Nullable Long maxId, @Nullable Long minId) {}
        Unchained found = jdbc.sql("SELECT COUNT(*), MAX(id), MIN(id) FROM audit_entry WHERE chain_seq IS NULL")
                .query((rs, n) -> new Unchained(
                        rs.getLong(1), (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class)))
                .single();
        boolean extra =
                found.count() > head.legacyCount() || (found.maxId() != null && found.maxId() > head.legacyMaxId());
        if (found.count() < head.legacyCount()) {
            walk.breakAt(new AuditVerification.Break(AuditVerification.Kind.MISSING, 0, null, null));
        } else if (extra) {
            walk.breakAt(new AuditVerification.Break(AuditVerification.Kind.UNCHAINED, 0, found.maxId(), null));
        }
        return found.count();
    }

    private static List<@Nullable Object> withChainColumns(ChainedEntry entry, long seq, String previous, String hash) {
        List<@Nullable Object> values = new ArrayList<>(entry.loggedFields());
        values.addAll(Arrays.asList(seq, previous, hash, entry.practiceId()));
        return values;
    }

    private static ChainWalk.Row row(ResultSet rs, int n) throws SQLException {
        ChainedEntry entry = new ChainedEntry(
                rs.getObject("at", LocalDateTime.class),
                rs.getString("username"),
                rs.getString("role"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("client_reference"),
                rs.getObject("treatment_id", Long.class),
                rs.getString("on_behalf_of"),
                rs.getString("remote_address"),
                rs.getString("outcome"),
                rs.getObject("practice_id", Long.class));
        Timestamp at = rs.getTimestamp("at");
        return new ChainWalk.Row(
                rs.getLong("id"),
                rs.getLong("chain_seq"),
                entry,
                rs.getString("previous_hash"),
                rs.getString("entry_hash"),
                at == null ? null : at.toInstant());
    }

    /** The time as the log stores it: wall-clock time of this JVM's zone, to the millisecond. */
    static LocalDateTime storedTime(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneId.systemDefault());
    }
}
