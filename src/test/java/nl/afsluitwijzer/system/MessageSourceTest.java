package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.afsluitwijzer.shared.SpokenLanguages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The application's message source merges the modules' bundles per language: that answers a key as looking through
 * the bundles one by one did only while no key is in two bundles, so this holds both.
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
                    Object[] arguments = {3, 1234, 0, 2.5, 1, 7, 12, 40, 5, 2};
                    assertThat(formatted(merged, key, arguments, locale))
                            .as("%s in %s with arguments", key, locale)
                            .isEqualTo(formatted(oneByOne, key, arguments, locale));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
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
