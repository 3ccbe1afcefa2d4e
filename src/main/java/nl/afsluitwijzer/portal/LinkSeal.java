package nl.afsluitwijzer.portal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.afsluitwijzer.shared.SealingKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts (AES-256-GCM) the client's e-mail address, and a mailed link until its reminder is sent (the token itself
 * is stored only hashed).
 * The key comes from afsluitwijzer.portal.key (base64, 32 bytes; the same on every node) or, when that is empty,
 * from a key file in the data directory made on first use.
 */
@Component
class LinkSeal {

    private final SealingKey key;

    LinkSeal(
            @Value("${afsluitwijzer.portal.key:}") String configuredKey,
            @Value("${afsluitwijzer.data-dir}") String dataDir) {
        this.key = SealingKey.of(
                configuredKey,
                "afsluitwijzer.portal.key",
                Path.of(dataDir, "portal-link.key"),
                "the key for mailed client links");
    }

    String seal(String text) {
        return key.seal(text.getBytes(StandardCharsets.UTF_8));
    }

    String open(String sealed) {
        return new String(key.open(sealed), StandardCharsets.UTF_8);
    }
}
