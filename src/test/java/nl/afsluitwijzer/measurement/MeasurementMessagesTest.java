package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import nl.afsluitwijzer.measurement.internal.AnswerProblem;
import org.junit.jupiter.api.Test;

/** The module's message bundles: the same keys in Dutch and English, and a text for every key the code uses. */
class MeasurementMessagesTest {

    private static final Properties DUTCH = bundle("messages/measurement.properties");
    private static final Properties ENGLISH = bundle("messages/measurement_en.properties");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertThat(ENGLISH.stringPropertyNames()).isEqualTo(DUTCH.stringPropertyNames());
    }

    @Test
    void everyKeyTheModuleUsesHasAText() {
        List<String> keys = new ArrayList<>();
        Stream.of(AnswerProblem.values()).map(AnswerProblem::messageKey).forEach(keys::add);
        Stream.of(Classification.values()).map(Classification::messageKey).forEach(keys::add);
        Stream.of(Direction.values()).map(Direction::messageKey).forEach(keys::add);
        keys.add("measurement.instrument.unknown");
        Stream.of(MeasurementSource.values()).map(MeasurementSource::messageKey).forEach(keys::add);
        Stream.of(Classification.values())
                .map(c -> "measurement.outcome." + c.name())
                .forEach(keys::add);

        assertThat(DUTCH.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void noMessageIsEmpty() {
        for (Properties bundle : List.of(DUTCH, ENGLISH)) {
            assertThat(bundle.stringPropertyNames())
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    /** The arguments of an invalid answer, and beyond them those of the outcome line (reliable change, cut-off). */
    @Test
    void everyMessageFormatsWithTheArgumentsOfAnInvalidAnswerOrAnOutcome() {
        Object[] arguments = {"PHQ9", 4, 0, 3, 7, 6, 10};
        for (Properties bundle : List.of(DUTCH, ENGLISH)) {
            for (String key : bundle.stringPropertyNames()) {
                if (!key.startsWith("measurement.chart.")) {
                    assertFormats(bundle.getProperty(key), arguments);
                }
            }
        }
    }

    /** Chart messages get at most a text or number and a number; the change messages count points. */
    @Test
    void everyChartMessageFormatsWithOneOrManyPoints() {
        for (Properties bundle : List.of(DUTCH, ENGLISH)) {
            for (String key : bundle.stringPropertyNames()) {
                if (key.startsWith("measurement.chart.")) {
                    assertFormats(bundle.getProperty(key), new Object[] {1, 6});
                    assertFormats(bundle.getProperty(key), new Object[] {12, 6});
                }
            }
        }
        assertThat(new MessageFormat(DUTCH.getProperty("measurement.chart.text.improved")).format(new Object[] {1, 6}))
                .startsWith("1 punt beter");
        assertThat(new MessageFormat(ENGLISH.getProperty("measurement.chart.text.deteriorated"))
                        .format(new Object[] {7, 6}))
                .startsWith("7 points worse");
    }

    private static void assertFormats(String message, Object[] arguments) {
        String text = new MessageFormat(message, Locale.ROOT).format(arguments);
        assertThat(text).doesNotContain("{").doesNotContain("'");
    }

    private static Properties bundle(String path) {
        try (InputStream in = MeasurementMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
