package nl.afsluitwijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditVerification.Kind;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attack on the chain by someone holding the application's database role (and, on PostgreSQL, the owner's
 * right to switch the append-only trigger off): delete entries, renumber the rest, recompute every hash and
 * set the head row to match. Without the key and the anchors outside the database that went unnoticed; now
 * the check reports the rewrite. The original rows are put back after each attack.
 */
@IntegrationTest
class AuditChainRewriteTest {

    private static final String COLUMNS = "id, at, username, role, action, object_type, object_id, client_reference, "
            + "treatment_id, on_behalf_of, remote_address, outcome, chain_seq, previous_hash, entry_hash, practice_id";

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditAnchors anchors;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    /** How the attacker computes the hashes and what he does with the switch-over point in the head row. */
    private enum Attack {
        PLAIN_SHA256_KEEPING_THE_SWITCH,
        PLAIN_SHA256_REMOVING_THE_SWITCH,
        PLAIN_SHA256_MOVING_THE_SWITCH_PAST_THE_END,
        HMAC_WITH_A_WRONG_KEY
    }

    @Test
    void theUntouchedChainVerifiesAndIsAnchored() {
        entries(3);
        AuditVerification verification = chain.verify();
        assertThat(verification.intact())
                .as(String.valueOf(verification.firstBreak()))
                .isTrue();
        assertThat(chain.verify().intact())
                .as("the anchor just written matches")
                .isTrue();
    }

    @Test
    void deletingRenumberingAndRehashingIsReportedAsARewrite() {
        for (Attack attack : Attack.values()) {
            entries(6);
            assertThat(chain.verify().intact()).as("before " + attack).isTrue();
            entries(2);
            List<Map<String, Object>> original = rows();
            Map<String, Object> head =
                    jdbc.sql("SELECT * FROM audit_chain WHERE id = 1").query().singleRow();
            try {
                rewrite(original, attack);
                AuditVerification verification = chain.verify();
                assertThat(verification.intact()).as(attack.name()).isFalse();
                assertThat(verification.firstBreak().kind())
                        .as(attack.name())
                        .isIn(Kind.ANCHOR_CHANGED, Kind.ANCHOR_MISSING, Kind.KEY_SWITCH, Kind.CHANGED);
            } finally {
                restore(original, head);
            }
            assertThat(chain.verify().intact()).as("restored after " + attack).isTrue();
        }
    }

    @Test
    void removingTheSwitchOverPointIsSeenByTheAnchorsAlone() {
        entries(4);
        assertThat(chain.verify().intact()).isTrue();
        List<Map<String, Object>> original = rows();
        Map<String, Object> head =
                jdbc.sql("SELECT * FROM audit_chain WHERE id = 1").query().singleRow();
        try {
            rewrite(original, Attack.PLAIN_SHA256_REMOVING_THE_SWITCH);
            assertThat(chain.verify().firstBreak())
                    .isNotNull()
                    .satisfies(b -> assertThat(b.kind()).isIn(Kind.KEY_SWITCH, Kind.ANCHOR_CHANGED));
        } finally {
            restore(original, head);
        }
    }

    @Test
    void beforeAnyAnchorTheKeyAloneRevealsRehashingWithPlainSha256OrAWrongKey() throws Exception {
        entries(4);
        assertThat(chain.verify().intact()).isTrue();
        Path file = anchors.file();
        Path aside = file.resolveSibling(file.getFileName() + ".aside");
        Files.move(file, aside);
        try {
            for (Attack attack : List.of(
                    Attack.PLAIN_SHA256_KEEPING_THE_SWITCH,
                    Attack.HMAC_WITH_A_WRONG_KEY,
                    Attack.PLAIN_SHA256_MOVING_THE_SWITCH_PAST_THE_END)) {
                List<Map<String, Object>> original = rows();
                Map<String, Object> head = jdbc.sql("SELECT * FROM audit_chain WHERE id = 1")
                        .query()
                        .singleRow();
                try {
                    rewrite(original, attack);
                    assertThat(chain.verify().firstBreak())
                            .as(attack.name())
                            .isNotNull()
                            .satisfies(b -> assertThat(b.kind()).isIn(Kind.CHANGED, Kind.KEY_SWITCH));
                } finally {
                    restore(original, head);
                }
            }
        } finally {
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Deletes the 3rd and 4th entry from the end, renumbers and rehashes everything, sets the head row. */
    private void rewrite(List<Map<String, Object>> original, Attack attack) {
        List<Map<String, Object>> kept = new ArrayList<>(original);
        kept.remove(kept.size() - 3);
        kept.remove(kept.size() - 3);
        ChainHash wrongKey = new ChainHash(new AuditKey(new byte[32]), 1L);
        List<Map<String, Object>> forged = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        long seq = 0;
        for (Map<String, Object> row : kept) {
            seq++;
            Map<String, Object> copy = new HashMap<>(row);
            String hash = attack == Attack.HMAC_WITH_A_WRONG_KEY
                    ? wrongKey.of(seq, previous, entry(row))
                    : ChainHash.legacy(seq, previous, entry(row));
            copy.put("chain_seq", seq);
            copy.put("previous_hash", previous);
            copy.put("entry_hash", hash);
            forged.add(copy);
            previous = hash;
        }
        long last = seq;
        String lastHash = previous;
        asOwner(() -> {
            jdbc.sql("DELETE FROM audit_entry WHERE chain_seq IS NOT NULL").update();
            forged.forEach(this::insert);
            jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")
                    .params(last, lastHash)
                    .update();
            switch (attack) {
                case PLAIN_SHA256_REMOVING_THE_SWITCH ->
                    jdbc.sql("UPDATE audit_chain SET keyed_from = NULL, keyed_from_mac = NULL WHERE id = 1")
                            .update();
                case PLAIN_SHA256_MOVING_THE_SWITCH_PAST_THE_END ->
                    jdbc.sql("UPDATE audit_chain SET keyed_from = ? WHERE id = 1")
                            .param(last + 1)
                            .update();
                default -> {}
            }
        });
    }

    private void restore(List<Map<String, Object>> original, Map<String, Object> head) {
        Map<String, Object> h = lowerCaseKeys(head);
        asOwner(() -> {
            jdbc.sql("DELETE FROM audit_entry WHERE chain_seq IS NOT NULL").update();
            original.forEach(this::insert);
            jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ?, keyed_from = ?, keyed_from_mac = ? "
                            + "WHERE id = 1")
                    .params(h.get("last_seq"), h.get("last_hash"), h.get("keyed_from"), h.get("keyed_from_mac"))
                    .update();
        });
    }

    private List<Map<String, Object>> rows() {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_seq IS NOT NULL ORDER BY chain_seq")
                .query()
                .listOfRows()
                .stream()
                .map(AuditChainRewriteTest::lowerCaseKeys)
                .toList();
    }

    private void insert(Map<String, Object> row) {
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (" + ":" + COLUMNS.replace(", ", ", :") + ")")
                .paramSource(row)
                .update();
    }

    private static ChainedEntry entry(Map<String, Object> row) {
        return new ChainedEntry(
                ((Timestamp) row.get("at")).toLocalDateTime(),
                (String) row.get("username"),
                (String) row.get("role"),
                (String) row.get("action"),
                (String) row.get("object_type"),
                (String) row.get("object_id"),
                (String) row.get("client_reference"),
                number(row.get("treatment_id")),
                (String) row.get("on_behalf_of"),
                (String) row.get("remote_address"),
                (String) row.get("outcome"),
                number(row.get("practice_id")));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private void entries(int count) {
        for (int i = 0; i < count; i++) {
            audit.recordAs(
                    "behandelaar",
                    "THERAPIST",
                    AuditEvent.of(AuditAction.VIEW, "TREATMENT", i)
                            .forClient("HERSCHREVEN-" + System.nanoTime(), null));
        }
    }

    /** The statements of the attack in one transaction; on PostgreSQL with the trigger off, as its owner can. */
    private void asOwner(Runnable statements) {
        boolean postgres = databaseUrl.startsWith("jdbc:postgresql:");
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER USER").update();
            }
            statements.run();
            if (postgres) {
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER USER").update();
            }
        });
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
