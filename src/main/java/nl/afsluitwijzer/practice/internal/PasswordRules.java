package nl.afsluitwijzer.practice.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B style, as OWASP ASVS asks): at least 12 characters and at
 * most 72 bytes in UTF-8 (all that bcrypt reads), not one of the common passwords of the bundled list
 * (also not with digits or punctuation around it), not a part repeated ("Welkom01Welkom01"), and without
 * the user name, the user's own name, the practice's name or the application's name. No rules about
 * character classes.
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    /** bcrypt reads only the first 72 bytes; a longer password would be cut silently, or refused by Spring. */
    public static final int MAX_BYTES = 72;

    static final String APPLICATION_NAME = "afsluitwijzer";
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final int MIN_NAME_PART = 5;
    private static final Pattern REPEATED_PART = Pattern.compile("^(.+?)\\1+$", Pattern.DOTALL);
    private static final String LIST = "passwords/common.txt";

    /** The names a password must not contain; the rule key says which name it was. */
    record Name(String text, String rule) {}

    private final Set<String> common;
    private final Function<String, List<Name>> namesOf;

    PasswordRules() {
        this(username -> List.of());
    }

    @Autowired
    PasswordRules(UserAccountRepository users, PracticeRepository practices) {
        this(username -> namesOf(username, users, practices));
    }

    PasswordRules(Function<String, List<Name>> namesOf) {
        this.common = load();
        this.namesOf = namesOf;
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.rule.too-short");
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.rule.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("password.rule.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.username");
        }
        String compact = compact(password);
        if (compact.contains(APPLICATION_NAME)) {
            return Optional.of("password.rule.application-name");
        }
        Optional<String> name = namesOf.apply(username).stream()
                .filter(n -> compact.contains(n.text()))
                .map(Name::rule)
                .findFirst();
        if (name.isPresent()) {
            return name;
        }
        if (REPEATED_PART.matcher(compact).matches()) {
            return Optional.of("password.rule.repeated");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("password.rule.repetitive");
        }
        return Optional.empty();
    }

    boolean isCommon(String lower) {
        String trimmed = lower.strip();
        String core = trimmed.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
        return common.contains(trimmed)
                || common.contains(trimmed.replace(" ", ""))
                || (!core.isEmpty() && common.contains(core));
    }

    int size() {
        return common.size();
    }

    /**
     * The user's own name and the practice's name (for a user not created yet: of every practice), whole
     * and their longer words.
     */
    private static List<Name> namesOf(String username, UserAccountRepository users, PracticeRepository practices) {
        Optional<UserAccount> account = username == null ? Optional.empty() : users.findByUsername(username.trim());
        List<Name> names = new ArrayList<>();
        account.ifPresent(a -> addName(names, a.getDisplayName(), "password.rule.own-name"));
        List<Practice> practicesToCheck = account.map(
                        a -> practices.findById(a.getPracticeId()).stream().toList())
                .orElseGet(practices::findAll);
        practicesToCheck.forEach(p -> addName(names, p.getName(), "password.rule.practice-name"));
        return names;
    }

    private static void addName(List<Name> names, String name, String rule) {
        if (name == null || name.isBlank()) {
            return;
        }
        names.add(new Name(compact(name), rule));
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
            if (word.length() >= MIN_NAME_PART) {
                names.add(new Name(word, rule));
            }
        }
    }

    private static String compact(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
