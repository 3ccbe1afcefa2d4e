package nl.afsluitwijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.audit.AuditVerification.Kind;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    private static final AuditKey KEY = new AuditKey(new byte[32]);
    /** Keyed from the first entry on, as in a new installation. */
    private static final ChainHash HASH = new ChainHash(KEY, 1L);

    private static final ChainedEntry ENTRY = new ChainedEntry(
            LocalDateTime.of(2026, 11, 23, 10, 41, 3, 123_000_000),
            "behandelaar",
            "THERAPIST",
            "VIEW",
            "TREATMENT",
            "7",
            "EPD-1",
            7L,
            null,
            "127.0.0.1",
            "SUCCESS");

    @Test
    void everyFieldThePositionAndThePreviousHashCount() {
        String hash = HASH.of(1, ChainHash.GENESIS, ENTRY);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(HASH.of(1, ChainHash.GENESIS, ENTRY));
        List<ChainedEntry> variants = List.of(
                new ChainedEntry(
                        ENTRY.at().plusNanos(1_000_000),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        null,
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar2",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        null,
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "UPDATE",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        null,
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-2",
                        7L,
                        null,
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        8L,
                        null,
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        "manager",
                        "127.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        null,
                        "10.0.0.1",
                        "SUCCESS"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        null,
                        "127.0.0.1",
                        "FAILURE"),
                new ChainedEntry(
                        ENTRY.at(),
                        "behandelaar",
                        "THERAPIST",
                        "VIEW",
                        "TREATMENT",
                        "7",
                        "EPD-1",
                        7L,
                        "",
                        "127.0.0.1",
                        "SUCCESS"));
        for (ChainedEntry variant : variants) {
            assertThat(HASH.of(1, ChainHash.GENESIS, variant))
                    .as(variant.toString())
                    .isNotEqualTo(hash);
        }
        assertThat(HASH.of(2, ChainHash.GENESIS, ENTRY)).isNotEqualTo(hash);
        assertThat(HASH.of(1, hash, ENTRY)).isNotEqualTo(hash);
    }

    /**
     * Stored chains were hashed with these rules: a change of the field order or of how a field is written
     * would make every existing installation's log fail its check. The values were computed before the field
     * list moved to {@link ChainedEntry#loggedFields()}.
     */
    @Test
    void theHashesOfAKnownEntryStayWhatTheyWere() {
        ChainedEntry inPractice = new ChainedEntry(
                ENTRY.at(),
                ENTRY.username(),
                ENTRY.role(),
                ENTRY.action(),
                ENTRY.objectType(),
                ENTRY.objectId(),
                ENTRY.clientReference(),
                ENTRY.treatmentId(),
                ENTRY.onBehalfOf(),
                ENTRY.remoteAddress(),
                ENTRY.outcome(),
                3L);
        assertThat(ChainHash.legacy(1, ChainHash.GENESIS, ENTRY))
                .isEqualTo("ef37daab4d55425e0bbb4f01139824ff9c742d7436626f621ea133f665c0f9b6");
        assertThat(HASH.of(2, "a".repeat(64), inPractice))
                .isEqualTo("c385b989e192a5403d67ada6648814c8ebbd7f46116643d6290f544e2b6c98bb");
    }

    @Test
    void keyedEntriesNeedTheKeyAndOlderOnesKeepThePlainRule() {
        byte[] other = new byte[32];
        other[0] = 1;
        ChainHash wrongKey = new ChainHash(new AuditKey(other), 1L);
        ChainHash keyedFromThree = new ChainHash(KEY, 3L);
        String keyed = HASH.of(3, ChainHash.GENESIS, ENTRY);
        assertThat(keyed)
                .isNotEqualTo(ChainHash.legacy(3, ChainHash.GENESIS, ENTRY))
                .isNotEqualTo(wrongKey.of(3, ChainHash.GENESIS, ENTRY))
                .isEqualTo(keyedFromThree.of(3, ChainHash.GENESIS, ENTRY));
        assertThat(keyedFromThree.of(2, ChainHash.GENESIS, ENTRY))
                .isEqualTo(ChainHash.legacy(2, ChainHash.GENESIS, ENTRY));
        assertThat(new ChainHash(KEY, null).of(9, ChainHash.GENESIS, ENTRY))
                .isEqualTo(ChainHash.legacy(9, ChainHash.GENESIS, ENTRY));
        ChainedEntry otherPractice = new ChainedEntry(
                ENTRY.at(),
                ENTRY.username(),
                ENTRY.role(),
                ENTRY.action(),
                ENTRY.objectType(),
                ENTRY.objectId(),
                ENTRY.clientReference(),
                ENTRY.treatmentId(),
                ENTRY.onBehalfOf(),
                ENTRY.remoteAddress(),
                ENTRY.outcome(),
                2L);
        assertThat(HASH.of(3, ChainHash.GENESIS, otherPractice)).isNotEqualTo(keyed);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        ChainedEntry a = new ChainedEntry(ENTRY.at(), "ab", "c", "VIEW", "T", null, null, null, null, null, "SUCCESS");
        ChainedEntry b = new ChainedEntry(ENTRY.at(), "a", "bc", "VIEW", "T", null, null, null, null, null, "SUCCESS");
        assertThat(HASH.of(1, ChainHash.GENESIS, a)).isNotEqualTo(HASH.of(1, ChainHash.GENESIS, b));
    }

    @Test
    void theWalkFindsTheFirstChangedMissingOrRelinkedEntry() {
        List<ChainWalk.Row> rows = chain(5);
        assertThat(walk(rows, 5).firstBreak()).isNull();

        List<ChainWalk.Row> changed = new ArrayList<>(rows);
        ChainWalk.Row third = rows.get(2);
        changed.set(
                2,
                new ChainWalk.Row(
                        third.id(),
                        3,
                        withUser(third.entry(), "iemand"),
                        third.previousHash(),
                        third.entryHash(),
                        null));
        assertThat(walk(changed, 5).firstBreak().kind()).isEqualTo(Kind.CHANGED);
        assertThat(walk(changed, 5).firstBreak().sequence()).isEqualTo(3);

        List<ChainWalk.Row> rehashed = new ArrayList<>(rows);
        ChainedEntry forged = withUser(third.entry(), "iemand");
        rehashed.set(
                2,
                new ChainWalk.Row(
                        third.id(), 3, forged, third.previousHash(), HASH.of(3, third.previousHash(), forged), null));
        assertThat(walk(rehashed, 5).firstBreak().kind()).isEqualTo(Kind.BROKEN_LINK);
        assertThat(walk(rehashed, 5).firstBreak().sequence()).isEqualTo(4);

        List<ChainWalk.Row> gap = new ArrayList<>(rows);
        gap.remove(1);
        assertThat(walk(gap, 5).firstBreak().kind()).isEqualTo(Kind.MISSING);
        assertThat(walk(gap, 5).firstBreak().sequence()).isEqualTo(2);

        assertThat(walk(rows.subList(0, 4), 5).firstBreak().kind()).isEqualTo(Kind.MISSING_AT_END);
    }

    private static ChainWalk walk(List<ChainWalk.Row> rows, long last) {
        ChainWalk walk = new ChainWalk(last, HASH);
        rows.forEach(walk::check);
        String head = last == rows.size() ? rows.get(rows.size() - 1).entryHash() : "head";
        walk.end(head);
        return walk;
    }

    private static List<ChainWalk.Row> chain(int length) {
        List<ChainWalk.Row> rows = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            ChainedEntry entry = withUser(ENTRY, "gebruiker" + seq);
            String hash = HASH.of(seq, previous, entry);
            rows.add(new ChainWalk.Row(100L + seq, seq, entry, previous, hash, Instant.EPOCH));
            previous = hash;
        }
        return rows;
    }

    private static ChainedEntry withUser(ChainedEntry e, String user) {
        return new ChainedEntry(
                e.at(),
                user,
                e.role(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.clientReference(),
                e.treatmentId(),
                e.onBehalfOf(),
                e.remoteAddress(),
                e.outcome());
    }
}
