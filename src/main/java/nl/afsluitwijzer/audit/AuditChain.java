package nl.afsluitwijzer.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * or rolls back with the action it records.
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

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditAnchors anchors;
    private final Clock clock;

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
            appendNow(List.of(entry));
            return;
        }
        PendingEntries pending = pendingEntries().orElseGet(this::newPendingEntries);
        if (pending.committing) {
            pending.headLocked = true;
            appendNow(List.of(entry));
        } else {
            pending.entries.add(entry);
        }
    }

    /** Takes the head lock (held until the transaction ends) and appends the entries in order. */
    private void appendNow(List<ChainedEntry> entries) {
        Head head = jdbc.sql(HEAD + " FOR UPDATE").query(Head.class).single();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        ChainHash chainHash =
                new ChainHash(key, head.keyedFrom() == null ? startKeying(head, seq + 1) : head.keyedFrom());
        for (ChainedEntry entry : entries) {
            seq++;
            String hash = chainHash.of(seq, previous, entry);
            jdbc.sql("""
                    INSERT INTO audit_entry (at, username, role, action, object_type, object_id, client_reference,
                        treatment_id, on_behalf_of, remote_address, outcome, chain_seq, previous_hash, entry_hash,
                        practice_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(withChainColumns(entry, seq, previous, hash)).update();
            previous = hash;
        }
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(seq, previous)
                .update();
    }

    /**
     * The entries a transaction recorded, appended in its last step before the commit. Found among the
     * transaction's synchronizations, which Spring sets aside while an inner (REQUIRES_NEW) transaction runs, so an
     * inner transaction has entries of its own.
     */
    private final class PendingEntries implements TransactionSynchronization {

        private final List<ChainedEntry> entries = new ArrayList<>();
        /** The transaction is in its last step: an entry recorded now is appended at once. */
        private boolean committing;

        private boolean headLocked;

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            if (!entries.isEmpty()) {
                headLocked = true;
                appendNow(entries);
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
    private Long startKeying(Head head, long seq) {
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
                && pendingEntries().filter(pending -> pending.headLocked).isPresent();
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
