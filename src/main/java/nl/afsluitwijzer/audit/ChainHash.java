package nl.afsluitwijzer.audit;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the hash of an entry is computed, over its position in the chain, the hash of the
 * entry before it and every field, each written with its length so no two entries read alike. Entries from
 * the switch-over point on (keyedFrom) are keyed: HMAC-SHA256 with the {@link AuditKey}, also over the
 * practice. Entries before it were written with plain SHA-256 and are checked with that rule.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private final AuditKey key;
    private final @Nullable Long keyedFrom;

    /** keyedFrom: the first keyed position, or null when no entry is keyed yet. */
    ChainHash(AuditKey key, @Nullable Long keyedFrom) {
        this.key = key;
        this.keyedFrom = keyedFrom;
    }

    String of(long sequence, String previousHash, ChainedEntry entry) {
        if (keyedFrom == null || sequence < keyedFrom) {
            return legacy(sequence, previousHash, entry);
        }
        return key.mac(text("afsluitwijzer-audit-v2", sequence, previousHash, entry) + "|" + field(entry.practiceId()));
    }

    /** The rule before the chain was keyed: SHA-256 without a key (anyone could recompute it). */
    static String legacy(long sequence, String previousHash, ChainedEntry entry) {
        return sha256(text("afsluitwijzer-audit-v1", sequence, previousHash, entry));
    }

    private static String text(String version, long sequence, String previousHash, ChainedEntry entry) {
        StringBuilder text = new StringBuilder(version);
        text.append('|').append(field(sequence)).append('|').append(field(previousHash));
        for (@Nullable Object value : entry.loggedFields()) {
            text.append('|').append(field(value));
        }
        return text.toString();
    }

    private static String field(@Nullable Object field) {
        String value = field == null ? null : field.toString();
        return value == null ? "-" : value.length() + ":" + value;
    }

    private static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
