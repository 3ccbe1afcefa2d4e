package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.shared.SpokenLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The application's message source merges the modules' bundles per language: that answers a key as looking through
 * the bundles one by one did only while no key is in two bundles, so this holds both; and it writes every kind of
 * argument as {@link MessageFormat} does, though with a number format kept per message.
 */
class MessageSourceTest {

    private static final List<Locale> SPOKEN = List.of(SpokenLanguages.DUTCH, Locale.ENGLISH);

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Map<String, String> bundleOf = new TreeMap<>();
        TreeSet<String> twice = new TreeSet<>();
        for (String basename : MessageSourceConfiguration.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String earlier = bundleOf.put(key, basename);
                if (earlier != null) {
                    twice.add(key + " (" + earlier + ", " + basename + ")");
                }
            }
        }
        assertThat(bundleOf).hasSizeGreaterThan(500);
        assertThat(twice).as("keys in two bundles").isEmpty();
    }

    @Test
    void everyKeyReadsAsTheBundlesOneByOneGiveIt() throws IOException {
        MessageSource merged = new MessageSourceConfiguration().messageSource();
        ResourceBundleMessageSource oneByOne = new ResourceBundleMessageSource();
        oneByOne.setBasenames(Arrays.stream(MessageSourceConfiguration.basenames())
                .map(name -> name.substring("classpath:".length()))
                .toArray(String[]::new));
        oneByOne.setDefaultEncoding("UTF-8");
        oneByOne.setFallbackToSystemLocale(false);
        int compared = 0;
        for (String basename : MessageSourceConfiguration.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                for (Locale locale : SPOKEN) {
                    assertThat(merged.getMessage(key, null, locale))
                            .as("%s in %s", key, locale)
                            .isEqualTo(oneByOne.getMessage(key, null, locale));
                    compared++;
                }
                for (Locale locale : FORMATTING) {
                    for (Object[] arguments : ARGUMENTS) {
                        assertThat(formatted(merged, key, arguments.clone(), locale))
                                .as("%s in %s with %s", key, locale, Arrays.toString(arguments))
                                .isEqualTo(formatted(oneByOne, key, arguments.clone(), locale));
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /**
     * The languages whose formats the arguments are written in: the two spoken, and three the source may be asked
     * in, with other separators and (Arabic as written in Egypt) digits of their own.
     */
    private static final List<Locale> FORMATTING = List.of(
            SpokenLanguages.DUTCH,
            Locale.ENGLISH,
            Locale.GERMAN,
            Locale.FRENCH,
            Locale.forLanguageTag("ar-EG-u-nu-arab"));

    /** Every kind of argument a message is given, each in every position. */
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {3, 1234, 0, 2.5, 1, 7, 12, 40, 5, 2},
            new Object[] {-4, 1_234_567L, new BigDecimal("0.125"), 999, 1000, Integer.MAX_VALUE, 0.0, -2.75, 10, 11},
            new Object[] {"tekst", "€ 5", "{0}", "", "a'b", "<b>", "1.234", "x", "y", "z"},
            new Object[] {new Date(1_700_000_000_000L), LocalDate.of(2026, 12, 7), null, 'c', true, 3, "t", 4, 5, 6},
            new Object[] {null, null, null, null, null, null, null, null, null, null});

    /** Many threads writing numbers through the same kept message at once each get their own numbers. */
    @Test
    void numbersWrittenAtOnceByManyThreadsEachReadAsTheirOwn() throws Exception {
        MessageSource source = new MessageSourceConfiguration().messageSource();
        String pattern = source.getMessage("progress.label", null, SpokenLanguages.DUTCH);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread * 1_000_000;
                wrong.add(threads.submit(() -> {
                    int mismatches = 0;
                    for (int i = 0; i < 5_000; i++) {
                        Object[] arguments = {offset + i, i * 7, offset + 1_000 + i};
                        String written = source.getMessage("progress.label", arguments, SpokenLanguages.DUTCH);
                        if (!written.equals(new MessageFormat(pattern, SpokenLanguages.DUTCH).format(arguments))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> mismatches : wrong) {
                assertThat(mismatches.get()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The text with the arguments, or the kind of refusal when the pattern cannot take them. */
    private static String formatted(MessageSource source, String key, Object[] arguments, Locale locale) {
        try {
            return source.getMessage(key, arguments, locale);
        } catch (IllegalArgumentException refused) {
            return refused.getClass().getName();
        }
    }

    private static Properties load(String location) throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(location);
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
