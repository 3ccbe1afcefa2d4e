package nl.afsluitwijzer.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking the hash chain: how many entries were checked and, when it is broken, the first
 * place where it is. Entries from before the chain existed are counted, not checked.
 */
public record AuditVerification(
        long checked, long unchained, @Nullable Break firstBreak, Instant verifiedAt) {

    /**
     * What was found: an entry whose content no longer matches its hash, a gap, or a broken link; or a rewrite
     * that the anchors outside the database show: entries missing below an anchored position, a different
     * hash at an anchored position, or a switch-over point to the keyed rule that was moved.
     */
    public enum Kind {
        CHANGED,
        MISSING,
        BROKEN_LINK,
        MISSING_AT_END,
        UNCHAINED,
        ANCHOR_MISSING,
        ANCHOR_CHANGED,
        KEY_SWITCH
    }

    /** Where the chain breaks: the kind, the position in the chain and (when the row exists) its id and time. */
    public record Break(
            Kind kind,
            long sequence,
            @Nullable Long entryId,
            @Nullable Instant at) {}

    public boolean intact() {
        return firstBreak == null;
    }

    /** The same result with the entry's id and time left out (for a reader of another practice). */
    AuditVerification withoutEntryDetails() {
        return firstBreak == null
                ? this
                : new AuditVerification(
                        checked,
                        unchained,
                        new Break(firstBreak.kind(), firstBreak.sequence(), null, null),
                        verifiedAt);
    }
}
