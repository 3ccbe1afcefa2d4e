package nl.afsluitwijzer.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B style, as OWASP ASVS asks): at least 12 characters, not
 * one of the common passwords of the bundled list (also not with digits or punctuation around it), not
 * the user name, and not a few characters repeated. No rules about character classes.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final String LIST = "passwords/common.txt";

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.rule.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.rule.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("password.rule.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.username");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("password.rule.repetitive");
        }
        return Optional.empty();
    }

    boolean isCommon(String lower) {
        String trimmed = lower.strip();
        String core = trimmed.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        return common.contains(trimmed) || common.contains(trimmed.replace(" ", ""))
                || (!core.isEmpty() && common.contains(core));
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
