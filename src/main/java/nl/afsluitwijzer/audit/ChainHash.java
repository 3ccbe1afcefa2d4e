package nl.afsluitwijzer.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place where the hash of an entry is computed: SHA-256 over its position in the chain, the hash
 * of the entry before it and every field, each written with its length so no two entries read alike.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long sequence, String previousHash, ChainedEntry entry) {
        StringBuilder text = new StringBuilder("afsluitwijzer-audit-v1");
        for (Object field : new Object[] {sequence, previousHash, entry.at(), entry.username(), entry.role(),
                entry.action(), entry.objectType(), entry.objectId(), entry.clientReference(), entry.treatmentId(),
                entry.onBehalfOf(), entry.remoteAddress(), entry.outcome()}) {
            String value = field == null ? null : field.toString();
            text.append('|').append(value == null ? "-" : value.length() + ":" + value);
        }
        return sha256(text.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
