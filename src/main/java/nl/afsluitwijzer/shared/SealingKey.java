package nl.afsluitwijzer.shared;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256-GCM key for values stored sealed (a TOTP secret, a client's e-mail address): each value gets a fresh
 * 12-byte nonce, stored before the cipher text, all in base64. The key is the configured property (base64, 32 bytes;
 * the same on every node) or, when that is empty, a key file in the data directory made on first use.
 */
public final class SealingKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String property;
    private final SecureRandom random = new SecureRandom();

    private SealingKey(byte[] bytes, String property) {
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.property = property;
    }

    /**
     * The key of {@code property} when it is set, otherwise the one in {@code keyFile} (made when missing).
     *
     * @param purpose what the key is for, in the key file's first line
     */
    public static SealingKey of(String configuredKey, String property, Path keyFile, String purpose) {
        return new SealingKey(
                configuredKey.isBlank()
                        ? KeyFile.readOrCreate(keyFile, purpose)
                        : Base64.getDecoder().decode(configuredKey.trim()),
                property);
    }

    public String seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plain);
        return Base64.getEncoder()
                .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                        .put(nonce)
                        .put(sealed)
                        .array());
    }

    public byte[] open(String sealed) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] cipherText = new byte[buffer.remaining()];
        buffer.get(cipherText);
        return run(Cipher.DECRYPT_MODE, nonce, cipherText);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " a value with " + property
                            + "; is it the same on every node?",
                    e);
        }
    }
}
