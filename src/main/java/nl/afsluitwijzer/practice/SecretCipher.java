package nl.afsluitwijzer.practice;

import java.nio.file.Path;
import nl.afsluitwijzer.shared.SealingKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets (AES-256-GCM) so that a copy of the database alone does not give anyone the
 * codes. The key comes from afsluitwijzer.two-factor.key (base64, 32 bytes; the same on every node) or,
 * when that is empty, from a key file in the data directory that is made on first use.
 */
@Component
class SecretCipher {

    private final SealingKey key;

    SecretCipher(
            @Value("${afsluitwijzer.two-factor.key:}") String configuredKey,
            @Value("${afsluitwijzer.data-dir}") String dataDir) {
        this.key = SealingKey.of(
                configuredKey,
                "afsluitwijzer.two-factor.key",
                Path.of(dataDir, "two-factor.key"),
                "the key for two-factor secrets");
    }

    String encrypt(byte[] plain) {
        return key.seal(plain);
    }

    byte[] decrypt(String encrypted) {
        return key.open(encrypted);
    }
}
