package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalExamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A caseload chip says exactly what the signal panel says: the shortcut for numbers changes no text. */
class SignalTextsTest {

    private final SignalTexts texts = new SignalTexts(messages());

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void chipsCarryTheSameTitleAndExplanationAsTheFullView(String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<Signal> signals = SignalExamples.all();
        List<SignalView> chips = texts.chips(signals, locale);
        List<SignalView> views = texts.views(signals, locale);
        for (int i = 0; i < signals.size(); i++) {
            assertThat(chips.get(i).explanation()).as(signals.get(i).code().name())
                    .isEqualTo(views.get(i).explanation()).doesNotContain("{");
            assertThat(chips.get(i).title()).isEqualTo(views.get(i).title());
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/signals");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
