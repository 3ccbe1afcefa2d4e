package nl.afsluitwijzer.intervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that identify a client in a text meant to be anonymous (see docs/intervision.md): the display name as a
 * whole, each of its parts (split at spaces and hyphens) of at least {@value #MIN_LENGTH} letters that is not a
 * name particle such as "van" or "der", and the client reference. A word is found case-insensitively, without
 * regard to diacritics ("Zoë" is found in "zoe"), and only as a whole word: not preceded or followed by a letter or
 * digit, so the reference "AB123" is not found in "AB1234" and the name "Eva" not in "evaluation".
 */
public final class IdentifyingWords {

    static final int MIN_LENGTH = 3;
    private static final Set<String> PARTICLES = particles();
    private static final String NOT_A_WORD_CHARACTER = "[\\p{L}\\p{N}]";

    private final List<Pattern> patterns;

    private IdentifyingWords(Set<String> words) {
        this.patterns = words.stream()
                .map(word -> Pattern.compile(
                        "(?<!" + NOT_A_WORD_CHARACTER + ")" + Pattern.quote(word) + "(?!" + NOT_A_WORD_CHARACTER + ")"))
                .toList();
    }

    public static IdentifyingWords of(String displayName, String reference) {
        Set<String> words = new LinkedHashSet<>();
        addWord(words, displayName);
        if (displayName != null) {
            for (String part : displayName.split("[\\s\\-]+")) {
                String folded = fold(part);
                if (!PARTICLES.contains(folded)) {
                    addWord(words, part);
                }
            }
        }
        addWord(words, reference);
        return new IdentifyingWords(words);
    }

    /** The identifying words in the text, as the text writes them (each once, in the order of the patterns). */
    public List<String> foundIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Folded folded = Folded.of(text);
        Set<String> found = new LinkedHashSet<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(folded.text());
            while (matcher.find()) {
                found.add(text.substring(folded.original(matcher.start()), folded.original(matcher.end())));
            }
        }
        return List.copyOf(found);
    }

    private static void addWord(Set<String> words, String word) {
        String folded = word == null ? "" : fold(word.strip());
        if (folded.length() >= MIN_LENGTH) {
            words.add(folded);
        }
    }

    /** Lower case, without diacritics. */
    static String fold(String text) {
        return Folded.of(text).text();
    }

    private static Set<String> particles() {
        try (InputStream in = IdentifyingWords.class.getResourceAsStream("/intervision/name-particles.txt")) {
            if (in == null) {
                throw new IllegalStateException("intervision/name-particles.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text folded character by character, remembering where each folded character came from. */
    private record Folded(String text, int[] origins) {

        static Folded of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            List<Integer> origins = new ArrayList<>(text.length() + 1);
            int i = 0;
            while (i < text.length()) {
                int codePoint = text.codePointAt(i);
                String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT);
                for (int k = 0; k < decomposed.length(); k++) {
                    folded.append(decomposed.charAt(k));
                    origins.add(i);
                }
                i += Character.charCount(codePoint);
            }
            origins.add(text.length());
            return new Folded(
                    folded.toString(),
                    origins.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The index in the original text of the folded character at this index (or the end). */
        int original(int foldedIndex) {
            return origins[foldedIndex];
        }
    }
}
