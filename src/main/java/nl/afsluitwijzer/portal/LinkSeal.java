package nl.afsluitwijzer.portal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.afsluitwijzer.shared.KeyFile;
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

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    LinkSeal(
            @Value("${afsluitwijzer.portal.key:}") String configuredKey,
            @Value("${afsluitwijzer.data-dir}") String dataDir) {
        byte[] bytes = configuredKey.isBlank()
                ? KeyFile.readOrCreate(Path.of(dataDir, "portal-link.key"), "the key for mailed client links")
                : Base64.getDecoder().decode(configuredKey.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("afsluitwijzer.portal.key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] cipherText = run(Cipher.ENCRYPT_MODE, nonce, text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + cipherText.length)
                        .put(nonce)
                        .put(cipherText)
                        .array());
    }

    String open(String sealed) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] cipherText = new byte[buffer.remaining()];
        buffer.get(cipherText);
        return new String(run(Cipher.DECRYPT_MODE, nonce, cipherText), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot seal or open a mailed link; is afsluitwijzer.portal.key the same" + " on every node?", e);
        }
    }
}
