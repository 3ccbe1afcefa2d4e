package nl.afsluitwijzer.closing;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.afsluitwijzer.closing.internal.LetterTemplateException;
import nl.afsluitwijzer.closing.internal.Placeholder;
import org.jspecify.annotations.Nullable;

/**
 * Fills in a letter template a manager wrote. The template language is logic-less Mustache limited to a fixed set of
 * placeholders ({@link Placeholder}): there is no expression language, no method call and no other template to
 * reach, and every text is escaped. The result is the letter's body as XHTML; the page around it is ours.
 */
final class LetterSandbox {

    /** Stands for the progress chart in the filled-in text; a private-use character no value can contain. */
    static final String CHART = "\uE000chart\uE000";

    private static final Pattern PRIVATE_USE = Pattern.compile("[\\uE000-\\uF8FF]");

    private final Mustache.Compiler compiler = Mustache.compiler()
            .withCollector(new MapsOnly())
            .withEscaper(TemplateScan::escape)
            .withLoader(name -> {
                throw new IllegalStateException("no partials in letters");
            })
            .defaultValue("")
            .emptyStringIsFalse(true);

    /** The body of the letter, and the {{…}} that are no known placeholder and so are shown as text. */
    record Body(String xhtml, List<String> unknown) {}

    /** The template filled in with the values; refused with a {@link LetterTemplateException} if it cannot be. */
    Body render(String template, Map<String, Object> values) {
        TemplateScan.Result scan = TemplateScan.of(template);
        try {
            String text = compiler.compile(scan.mustache()).execute(withChart(values));
            return new Body(LetterParagraphs.toXhtml(text), scan.unknown());
        } catch (MustacheException | IllegalStateException e) {
            throw new LetterTemplateException("closing.template.error", String.valueOf(e.getMessage()));
        }
    }

    /** A copy of the values made only of maps, lists, texts and yes/no, with the chart as its marker. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withChart(Map<String, Object> values) {
        Map<String, Object> copy = (Map<String, Object>) Objects.requireNonNull(plain(values), "a map stays a map");
        if (copy.get("outcome") instanceof Map<?, ?> outcome) {
            Map<String, Object> withMarker = new LinkedHashMap<>((Map<String, Object>) outcome);
            withMarker.put("chart", Boolean.TRUE.equals(outcome.get("chart")) ? CHART : null);
            copy.put("outcome", withMarker);
        }
        return copy;
    }

    private static @Nullable Object plain(@Nullable Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(plain(item)));
            return copy;
        }
        return PRIVATE_USE.matcher(value.toString()).replaceAll("");
    }

    /** Resolves names only as keys of maps and iterates only lists: no getters, fields or methods of any object. */
    private static final class MapsOnly implements Mustache.Collector {

        private static final Mustache.VariableFetcher KEY = (ctx, name) -> ((Map<?, ?>) ctx).containsKey(name)
                ? ((Map<?, ?>) ctx).get(name)
                : com.samskivert.mustache.Template.NO_FETCHER_FOUND;

        @Override
        public @Nullable Iterator<?> toIterator(Object value) {
            return value instanceof List<?> list ? list.iterator() : null;
        }

        @Override
        public Mustache.@Nullable VariableFetcher createFetcher(Object ctx, String name) {
            return ctx instanceof Map<?, ?> ? KEY : null;
        }

        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }
}
