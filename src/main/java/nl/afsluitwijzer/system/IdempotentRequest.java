package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/** The key of an idempotent request as the client sent it, and the fingerprint of what it asked. */
final class IdempotentRequest {

    static final int MAX_KEY_LENGTH = 255;

    private IdempotentRequest() {}

    /**
     * 1 to 255 printable ASCII characters. The draft writes the key as a structured-field string in double
     * quotes; a quoted and an unquoted key with the same characters are the same key.
     */
    static Optional<String> key(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    /** SHA-256 of method, path with query and body: a key sent again with another request is refused. */
    static String hash(HttpServletRequest request, byte[] body) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        String query = request.getQueryString();
        String target = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
        digest.update(target.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return Hex.encodeHexString(digest.digest(body));
    }
}
