package nl.afsluitwijzer.practice;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten one-time recovery codes per user, for when the phone with the authenticator app is lost. Shown once,
 * stored as SHA-256 only (each code holds about 79 random bits, so a fast hash is enough); a code works once.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    /** No 0/o, 1/l/i: codes are read from paper and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final int LENGTH = 16;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the user's codes with ten new ones, returned formatted for showing once. */
    List<String> replace(Long userId, Instant now) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = generate();
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)")
                    .params(userId, ApiTokens.hash(code), Timestamp.from(now))
                    .update();
            codes.add(format(code));
        }
        return codes;
    }

    /** Marks the code used if it is one of the user's unused codes; atomic, so it works only once. */
    boolean use(Long userId, String input, Instant now) {
        String code = normalize(input);
        if (code.length() != LENGTH) {
            return false;
        }
        return jdbc.sql("""
                UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL""")
                        .params(Timestamp.from(now), userId, ApiTokens.hash(code))
                        .update()
                == 1;
    }

    int remaining(Long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    void removeAll(Long userId) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    }

    /** Lower case without spaces and dashes, the way the code was generated. */
    static String normalize(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeRecoveryCode(String input) {
        return normalize(input).length() == LENGTH;
    }

    static String format(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    private String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
