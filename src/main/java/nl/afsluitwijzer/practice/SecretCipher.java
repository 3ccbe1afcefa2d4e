package nl.afsluitwijzer.practice;

import java.nio.ByteBuffer;
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
 * Encrypts TOTP secrets (AES-256-GCM) so that a copy of the database alone does not give anyone the
 * codes. The key comes from afsluitwijzer.two-factor.key (base64, 32 bytes; the same on every node) or,
 * when that is empty, from a key file in the data directory that is made on first use.
 */
@Component
class SecretCipher {

    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(
            @Value("${afsluitwijzer.two-factor.key:}") String configuredKey,
            @Value("${afsluitwijzer.data-dir}") String dataDir) {
        byte[] bytes = configuredKey.isBlank()
                ? KeyFile.readOrCreate(Path.of(dataDir, "two-factor.key"), "the key for two-factor secrets")
                : Base64.getDecoder().decode(configuredKey.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("afsluitwijzer.two-factor.key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plain);
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    byte[] decrypt(String encrypted) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encrypted));
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return run(Cipher.DECRYPT_MODE, nonce, sealed);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                            + " a two-factor secret; is afsluitwijzer.two-factor.key the same on every node?",
                    e);
        }
    }
}
