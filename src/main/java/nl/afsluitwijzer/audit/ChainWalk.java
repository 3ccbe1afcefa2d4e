package nl.afsluitwijzer.audit;

import java.time.Instant;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditVerification.Break;
import nl.afsluitwijzer.audit.AuditVerification.Kind;
import org.jspecify.annotations.Nullable;

/** Walks the chain in order and remembers the first place where it breaks. */
final class ChainWalk {

    /** A stored entry with its place in the chain and its stored hashes. */
    record Row(
            long id,
            long sequence,
            ChainedEntry entry,
            @Nullable String previousHash,
            String entryHash,
            @Nullable Instant at) {}

    private final long lastSequence;
    private final ChainHash hash;
    private long expected = 1;
    private String previous = ChainHash.GENESIS;
    private long checked;
    private @Nullable Break firstBreak;

    ChainWalk(long lastSequence, ChainHash hash) {
        this.lastSequence = lastSequence;
        this.hash = hash;
    }

    void check(Row row) {
        if (firstBreak != null) {
            return;
        }
        if (row.sequence() != expected) {
            breakAt(new Break(Kind.MISSING, expected, row.id(), row.at()));
        } else if (!Objects.equals(row.previousHash(), previous)) {
            breakAt(new Break(Kind.BROKEN_LINK, row.sequence(), row.id(), row.at()));
        } else if (!hash.of(row.sequence(), previous, row.entry()).equals(row.entryHash())) {
            breakAt(new Break(Kind.CHANGED, row.sequence(), row.id(), row.at()));
        } else {
            previous = row.entryHash();
            expected++;
            checked++;
        }
    }

    /** After the last row: the chain must reach the head with the head's hash. */
    void end(String headHash) {
        if (firstBreak == null && (expected - 1 != lastSequence || !previous.equals(headHash))) {
            breakAt(new Break(Kind.MISSING_AT_END, expected, null, null));
        }
    }

    void breakAt(@Nullable Break found) {
        if (firstBreak == null && found != null) {
            firstBreak = found;
        }
    }

    @Nullable
    Break firstBreak() {
        return firstBreak;
    }

    long checked() {
        return checked;
    }
}
