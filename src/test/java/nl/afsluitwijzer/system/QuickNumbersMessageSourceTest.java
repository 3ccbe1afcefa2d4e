package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The quick number shortcut writes exactly what MessageFormat writes, for every text of every bundle. */
class QuickNumbersMessageSourceTest {

    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {0, 1, 7, 12, 999, -3, 42},
            new Object[] {1000, 1234567, 2, 3, 4, 5, 6},
            new Object[] {7L, 2.5, "tekst", 'x', null, 12.0, 3},
            new Object[] {"een", "twee", "drie", "vier", "vijf", "zes", "zeven"});

    @Test
    void everyTextReadsTheSameAsWithThePlainMessageSource() throws IOException {
        ResourceBundleMessageSource quick =
                (ResourceBundleMessageSource) new MessageSourceConfiguration().messageSource();
        assertThat(quick).isInstanceOf(QuickNumbersMessageSource.class);
        ResourceBundleMessageSource plain = new ResourceBundleMessageSource();
        plain.setBasenames(quick.getBasenameSet().toArray(String[]::new));
        plain.setDefaultEncoding("UTF-8");
        plain.setFallbackToSystemLocale(false);
        int compared = 0;
        for (String key : keys()) {
            for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                for (Object[] arguments : ARGUMENTS) {
                    assertThat(read(quick, key, arguments, locale))
                            .as(key + " " + locale)
                            .isEqualTo(read(plain, key, arguments, locale));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void smallWholeNumbersAreWrittenAsDigitsAndLargeOnesWithTheLanguagesGrouping() {
        var dutch = new QuickNumbersMessageSource.PlainArgument(Locale.forLanguageTag("nl"));
        assertThat(dutch.format(999)).isEqualTo("999");
        assertThat(dutch.format(-12L)).isEqualTo("-12");
        assertThat(dutch.format(1234)).isEqualTo("1.234");
        assertThat(dutch.format(2.5)).isEqualTo("2,5");
        assertThat(dutch.format("tekst")).isEqualTo("tekst");
    }

    private static String read(ResourceBundleMessageSource source, String key, Object[] arguments, Locale locale) {
        try {
            return source.getMessage(key, arguments, locale);
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    private static List<String> keys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            if (resource.getFilename() != null && !resource.getFilename().contains("_")) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        return keys;
    }
}
