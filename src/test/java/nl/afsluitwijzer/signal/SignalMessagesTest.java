package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The signal texts: both bundles in sync, every code complete, every explanation formats with its arguments. */
class SignalMessagesTest {

    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private final Properties dutch = load("messages/signals.properties");
    private final Properties english = load("messages/signals_en.properties");

    @Test
    void theDutchAndEnglishBundlesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    void everyCodeHasATitleExplanationActionsAndSource() {
        for (SignalCode code : SignalCode.values()) {
            assertThat(dutch)
                    .as(code.name())
                    .containsKeys(code.titleKey(), code.explanationKey(), code.actionsKey(), code.sourceKey());
        }
        assertThat(dutch)
                .containsKeys("signal.EVALUATION_DUE.explanation.INFO", "signal.EVALUATION_DUE.explanation.ACTION");
        Arrays.stream(Severity.values()).forEach(severity -> assertThat(dutch).containsKey(severity.messageKey()));
    }

    @Test
    void notOnTrackSaysWhereTheIdeaComesFromInBothLanguages() {
        for (Properties bundle : List.of(dutch, english)) {
            assertThat(bundle.getProperty(SignalCode.NOT_ON_TRACK.actionsKey()))
                    .contains("OQ-Analyst", "Lutz", "Trier Treatment Navigator", "21 % → 13 %");
        }
        assertThat(dutch.getProperty(SignalCode.NOT_ON_TRACK.actionsKey())).contains("halveerde feedback");
        assertThat(english.getProperty(SignalCode.NOT_ON_TRACK.actionsKey()))
                .contains("feedback roughly halved deterioration among at-risk clients");
    }

    @Test
    void everyKeyBelongsToACodeOrASeverity() {
        Set<String> known = Arrays.stream(SignalCode.values())
                .map(code -> "signal." + code.name() + ".")
                .collect(Collectors.toSet());
        for (String key : dutch.stringPropertyNames()) {
            assertThat(key.startsWith("signal.severity.") || known.stream().anyMatch(key::startsWith))
                    .as(key)
                    .isTrue();
        }
    }

    @Test
    void theExamplesCoverEveryCode() {
        Set<SignalCode> covered = SignalExamples.all().stream()
                .map(Signal::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignalCode.class)));

        assertThat(covered).isEqualTo(EnumSet.allOf(SignalCode.class));
    }

    @Test
    void everyExplanationFormatsWithTheArgumentsOfItsSignal() {
        List<Signal> examples = SignalExamples.all();
        for (Signal signal : examples) {
            for (String key : List.of(signal.explanationKey(), signal.code().explanationKey())) {
                assertFormats(dutch.getProperty(key), new Locale("nl", "NL"), signal);
                assertFormats(english.getProperty(key), Locale.ENGLISH, signal);
            }
        }
    }

    @Test
    void explanationsDoubleEverySingleQuote() {
        for (Properties bundle : List.of(dutch, english)) {
            bundle.stringPropertyNames().stream()
                    .filter(key -> key.contains(".explanation"))
                    .forEach(key -> assertThat(
                                    LONE_QUOTE.matcher(bundle.getProperty(key)).find())
                            .as(key)
                            .isFalse());
        }
    }

    private static void assertFormats(String pattern, Locale locale, Signal signal) {
        String text = new MessageFormat(pattern, locale).format(signal.messageArgumentArray());

        assertThat(text)
                .as(signal.code() + " " + signal.messageArguments() + ": " + text)
                .doesNotContain("{")
                .doesNotContain("}")
                .doesNotContain("null");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = SignalMessagesTest.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
