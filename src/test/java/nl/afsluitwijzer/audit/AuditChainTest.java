package nl.afsluitwijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.audit.AuditVerification.Kind;
import nl.afsluitwijzer.audit.internal.AuditOutcome;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain against the real database (H2, and PostgreSQL with -Ppostgres). Rows are changed and
 * deleted "directly in the database", as someone with database access would, and put back afterwards.
 */
@IntegrationTest
class AuditChainTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PracticeRepository practices;

    @Autowired
    AuditKey key;

    @Autowired
    AuditAnchors anchors;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void aChainOfUntouchedEntriesVerifies() {
        audit.recordAs(
                "behandelaar",
                "THERAPIST",
                AuditEvent.of(AuditAction.VIEW, "TREATMENT", 1).forClient("R-1", 1L));
        AuditVerification verification = chain.verify();
        assertThat(verification.intact())
                .as(String.valueOf(verification.firstBreak()))
                .isTrue();
        assertThat(verification.checked()).isPositive();
    }

    @Test
    void verifyFindsARowChangedDirectlyInTheDatabase() {
        long id = record("CHANGE-ME");
        Map<String, Object> original = jdbc.sql("SELECT username, client_reference FROM audit_entry WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        long seq = sequenceOf(id);
        asDatabaseAdministrator("UPDATE audit_entry SET username = 'iemand-anders' WHERE id = " + id);
        try {
            AuditVerification verification = chain.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBreak().kind()).isEqualTo(Kind.CHANGED);
            assertThat(verification.firstBreak().sequence()).isEqualTo(seq);
            assertThat(verification.firstBreak().entryId()).isEqualTo(id);
        } finally {
            asDatabaseAdministrator(
                    "UPDATE audit_entry SET username = '" + original.get("username") + "' WHERE id = " + id);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void verifyFindsARowDeletedDirectlyInTheDatabase() {
        long id = record("DELETE-ME");
        record("AFTER-IT");
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        asDatabaseAdministrator("DELETE FROM audit_entry WHERE id = " + id);
        try {
            AuditVerification verification = chain.verify();
            assertThat(verification.firstBreak().kind()).isEqualTo(Kind.MISSING);
            assertThat(verification.firstBreak().sequence()).isEqualTo(((Number) row.get("chain_seq")).longValue());
        } finally {
            reinsert(row);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void onPostgresqlTheApplicationCannotChangeOrDeleteEntries() {
        if (!postgres()) {
            return;
        }
        long id = record("PROTECTED");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET username = 'x' WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void parallelWritersDoNotForkTheChain() throws Exception {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    audit.recordAs("writer" + writer, null, AuditEvent.of(AuditAction.VIEW, "TEST", i));
                }
                return null;
            });
        }
        runAtOnce(writers);
        assertThat(chain.verify().intact()).isTrue();
    }

    /**
     * A node starts its next append from the head its last append left, when the head row still holds that head; two
     * nodes (two chains on one database) appending in turn and at once each find the head moved by the other and read
     * it, so every entry gets its own place and the chain verifies.
     */
    @Test
    void twoNodesAppendingInTurnAndAtOnceKeepOneChain() throws Exception {
        AuditChain otherNode = new AuditChain(jdbc, key, anchors, Clock.systemDefaultZone());
        String run = "node-" + System.nanoTime() + "-";
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AuditChain node = i % 3 == 2 ? otherNode : chain;
            String username = run + "turn" + i;
            transactions.executeWithoutResult(status -> node.append(entry(username)));
            expected.add(username);
        }
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            AuditChain node = w % 2 == 0 ? chain : otherNode;
            for (int i = 0; i < 10; i++) {
                expected.add(run + "w" + w + "-" + i);
            }
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    String username = run + "w" + writer + "-" + i;
                    transactions.executeWithoutResult(status -> node.append(entry(username)));
                }
                return null;
            });
        }
        runAtOnce(writers);

        List<String> chained = jdbc.sql(
                        "SELECT username FROM audit_entry WHERE username LIKE ? AND chain_seq IS NOT NULL ORDER BY chain_seq")
                .param(run + "%")
                .query(String.class)
                .list();
        assertThat(chained).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(chained.subList(0, 6)).containsExactlyElementsOf(expected.subList(0, 6));
        assertThat(chain.verify().intact()).isTrue();
    }

    /** A rolled-back append leaves the node without a head to start from: the next append reads it. */
    @Test
    void anAppendAfterARolledBackOneContinuesTheChain() {
        String run = "rollback-" + System.nanoTime() + "-";
        transactions.executeWithoutResult(status -> chain.append(entry(run + "kept1")));
        transactions.executeWithoutResult(status -> {
            chain.append(entry(run + "undone"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    chain.append(entry(run + "failed"));
                    chain.append(entry(run + "X".repeat(300)));
                }))
                .isNotNull();
        transactions.executeWithoutResult(status -> chain.append(entry(run + "kept2")));

        assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE username LIKE ? ORDER BY chain_seq")
                        .param(run + "%")
                        .query(String.class)
                        .list())
                .containsExactly(run + "kept1", run + "kept2");
        assertThat(chain.verify().intact()).isTrue();
    }

    private static void runAtOnce(List<Callable<Void>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static ChainedEntry entry(String username) {
        return new ChainedEntry(
                AuditChain.storedTime(Instant.now()),
                username,
                "THERAPIST",
                AuditAction.VIEW.name(),
                "TEST",
                null,
                null,
                null,
                null,
                null,
                AuditOutcome.SUCCESS.name(),
                null);
    }

    @Test
    void whenTheEntryCannotBeWrittenTheActionItLogsIsUndone() {
        String name = "Praktijk die niet mag bestaan " + System.nanoTime();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    practices.save(new Practice(name));
                    audit.record(AuditEvent.of(AuditAction.CREATE, "X".repeat(100), null));
                }))
                .isNotNull();
        assertThat(practices.findAll()).noneMatch(p -> p.getName().equals(name));
    }

    @Test
    void aRefusalAfterAnEntryInTheSameTransactionIsWrittenWhenThatTransactionEnds() {
        String reference = "REFUSED-" + System.nanoTime();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    audit.recordAs("behandelaar2", "THERAPIST", AuditEvent.of(AuditAction.SEARCH, "TREATMENT", null));
                    audit.recordRefusal(
                            AuditEvent.of(AuditAction.VIEW, "TREATMENT", 1).forClient(reference, null));
                    throw new IllegalStateException("the refusal rolls the action back");
                }))
                .hasMessageContaining("rolls");
        assertThat(audit.find(new AuditQuery(null, null, null, reference, null)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILURE));
        assertThat(chain.verify().intact()).isTrue();
    }

    private long record(String reference) {
        String unique = reference + "-" + System.nanoTime();
        audit.recordAs(
                "behandelaar",
                "THERAPIST",
                AuditEvent.of(AuditAction.VIEW, "TREATMENT", 1).forClient(unique, null));
        return jdbc.sql("SELECT id FROM audit_entry WHERE client_reference = ?")
                .param(unique)
                .query(Long.class)
                .single();
    }

    private long sequenceOf(long id) {
        return jdbc.sql("SELECT chain_seq FROM audit_entry WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** On PostgreSQL the append-only trigger is switched off for this one statement, as only its owner can. */
    private void asDatabaseAdministrator(String sql) {
        transactions.executeWithoutResult(status -> {
            if (postgres()) {
                jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only")
                        .update();
            }
            jdbc.sql(sql).update();
            if (postgres()) {
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only")
                        .update();
            }
        });
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                INSERT INTO audit_entry (id, at, username, role, action, object_type, object_id, client_reference,
                    treatment_id, on_behalf_of, remote_address, outcome, chain_seq, previous_hash, entry_hash,
                    practice_id)
                VALUES (:id, :at, :username, :role, :action, :object_type, :object_id, :client_reference,
                    :treatment_id, :on_behalf_of, :remote_address, :outcome, :chain_seq, :previous_hash, :entry_hash,
                    :practice_id)""").paramSource(lowerCaseKeys(row)).update();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
        return lower;
    }

    private boolean postgres() {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }
}
