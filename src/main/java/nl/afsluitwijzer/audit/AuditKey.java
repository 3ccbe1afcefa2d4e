package nl.afsluitwijzer.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.afsluitwijzer.shared.KeyFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the access log's hash chain (HMAC-SHA256), kept outside the database so that whoever can write
 * the database cannot recompute the chain. From afsluitwijzer.audit.key (base64, 32 bytes; the same on every
 * node) or else from the file audit.key in the data directory, made on first use, readable by the owner only.
 */
@Component
class AuditKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    AuditKey(
            @Value("${afsluitwijzer.audit.key:}") String configuredKey,
            @Value("${afsluitwijzer.data-dir}") String dataDir) {
        this(
                configuredKey.isBlank()
                        ? KeyFile.readOrCreate(Path.of(dataDir, "audit.key"), "the key of the audit chain")
                        : Base64.getDecoder().decode(configuredKey.trim()));
    }

    AuditKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("afsluitwijzer.audit.key must be 32 bytes, base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The HMAC-SHA256 of the text, as 64 hex digits. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
