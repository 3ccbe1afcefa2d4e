package nl.afsluitwijzer.measurement;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The instruments a practice can measure with, read from definition files and validated on load.
 * Shipped definitions live in {@code instruments/*.json} on the classpath; a practice can add its
 * own from another location (see docs/instruments.md).
 */
public final class InstrumentCatalog {

    /** Where the shipped definitions are, and where a practice may add its own on the classpath. */
    public static final String CLASSPATH_LOCATION = "classpath*:instruments/*.json";

    private final Map<String, Instrument> byCode;

    private InstrumentCatalog(Map<String, Instrument> byCode) {
        this.byCode = byCode;
    }

    /** Reads every {@code instruments/*.json} on the classpath; fails when there is none or one is invalid. */
    public static InstrumentCatalog loadFromClasspath() {
        InstrumentCatalog catalog = loadFrom(CLASSPATH_LOCATION);
        if (catalog.byCode.isEmpty()) {
            throw new InstrumentDefinitionException(CLASSPATH_LOCATION, null, "no instrument definitions found", null);
        }
        return catalog;
    }

    /**
     * Reads the shipped definitions and, when the directory exists, every {@code *.json} file in it
     * (not in its sub-directories), so a practice can add an instrument without a new release.
     */
    public static InstrumentCatalog loadFromClasspathAnd(Path directory) {
        if (!Files.exists(directory)) {
            return loadFromClasspath();
        }
        if (!Files.isDirectory(directory)) {
            throw new InstrumentDefinitionException(
                    directory.toString(), null, "must be a directory of instrument definition files (*.json)", null);
        }
        return loadFrom(CLASSPATH_LOCATION, "file:" + directory.toAbsolutePath().normalize() + "/*.json");
    }

    /** Reads every definition matching the Spring resource patterns, such as {@code file:/srv/aw/instruments/*.json}. */
    public static InstrumentCatalog loadFrom(String... locationPatterns) {
        // pattern by pattern, so that a later file that repeats a code is the one blamed for it
        Map<String, Resource> bySource = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : locationPatterns) {
            Map<String, Resource> found = new TreeMap<>();
            for (Resource resource : resolve(resolver, pattern)) {
                found.put(sourceName(pattern, resource), resource);
            }
            bySource.putAll(found);
        }
        Builder builder = new Builder();
        bySource.forEach((source, resource) -> {
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                builder.add(source, reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read instrument definition " + source, e);
            }
        });
        return builder.build();
    }

    /** Reads definitions given as JSON text, keyed by the name to report them by (such as a file name). */
    public static InstrumentCatalog fromJson(Map<String, String> jsonBySource) {
        Builder builder = new Builder();
        new TreeMap<>(jsonBySource).forEach((source, json) -> builder.add(source, new StringReader(json)));
        return builder.build();
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The instrument with this code; throws {@link UnknownInstrumentException} when there is none. */
    public Instrument get(String code) {
        return find(code).orElseThrow(() -> new UnknownInstrumentException(code, byCode.keySet()));
    }

    /** All instruments, ordered by code. */
    public List<Instrument> all() {
        return List.copyOf(byCode.values());
    }

    private static List<Resource> resolve(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return Arrays.asList(resolver.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list instrument definitions at " + pattern, e);
        }
    }

    /** The directory of the pattern plus the file name, such as {@code instruments/phq9.json}. */
    private static String sourceName(String pattern, Resource resource) {
        String directory = pattern.substring(pattern.indexOf(':') + 1, pattern.lastIndexOf('/') + 1);
        return directory + resource.getFilename();
    }

    /** Collects definitions and refuses a second definition of the same code. */
    private static final class Builder {

        private final Map<String, Instrument> byCode = new TreeMap<>();
        private final Map<String, String> sourceByCode = new HashMap<>();

        void add(String source, Reader json) {
            Instrument instrument = DefinitionReader.read(source, json);
            String earlier = sourceByCode.putIfAbsent(instrument.code(), source);
            if (earlier != null) {
                throw new InstrumentDefinitionException(
                        source, "code", "'" + instrument.code() + "' is already defined in " + earlier, null);
            }
            byCode.put(instrument.code(), instrument);
        }

        InstrumentCatalog build() {
            return new InstrumentCatalog(new TreeMap<>(byCode));
        }
    }
}
