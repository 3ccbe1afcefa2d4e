package nl.afsluitwijzer.interop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * The words an agenda export may write for "attended" and for the kind of session, kept as data in
 * {@code interop/agenda-words.properties} (listed in docs/import.md): input vocabulary, not text the application shows.
 */
record AgendaWords(Set<String> yes, Set<String> no, Map<String, SessionKind> kinds) {

    private static final String RESOURCE = "/interop/agenda-words.properties";

    static AgendaWords load() {
        Properties words = new Properties();
        try (InputStream in = AgendaWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, SessionKind> kinds = new HashMap<>();
        for (SessionKind kind : SessionKind.values()) {
            for (String word : list(words, "kind." + kind.name())) {
                if (kinds.put(word, kind) != null) {
                    throw new IllegalStateException(RESOURCE + ": '" + word + "' names two kinds of session");
                }
            }
        }
        return new AgendaWords(list(words, "attended.yes"), list(words, "attended.no"), Map.copyOf(kinds));
    }

    /** Whether the client came, for a word written in lower case; empty for a word of neither list. */
    Optional<Boolean> attended(String word) {
        if (yes.contains(word)) {
            return Optional.of(true);
        }
        return no.contains(word) ? Optional.of(false) : Optional.empty();
    }

    @Nullable
    SessionKind kind(String word) {
        return kinds.get(word);
    }

    private static Set<String> list(Properties words, String key) {
        return Arrays.stream(words.getProperty(key, "").split(","))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
