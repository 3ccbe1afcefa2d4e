package nl.afsluitwijzer.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class SignalTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final StaticMessageSource messages = new StaticMessageSource();
    private final SignalTexts texts = new SignalTexts(messages);
    private final Signal overrun = Signal.of(SignalCode.OVERRUN, Severity.ACTION, "E=8", 10, 8, 2);

    SignalTextsTest() {
        messages.setUseCodeAsDefaultMessage(true);
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            String language = locale.getLanguage();
            messages.addMessage(SignalCode.OVERRUN.titleKey(), locale, "title-" + language);
            messages.addMessage(SignalCode.OVERRUN.explanationKey(), locale, language + ": {0} of {1}");
            messages.addMessage(SignalCode.OVERRUN.actionsKey(), locale, " first-" + language + "\n\n second ");
            messages.addMessage(SignalCode.OVERRUN.sourceKey(), locale, "handvat §2; flyer");
        }
    }

    @Test
    void eachLanguageKeepsItsOwnTextsAndTheExplanationIsFormattedEachTime() {
        for (int round = 0; round < 2; round++) {
            SignalView dutch = texts.view(overrun, DUTCH);
            SignalView english = texts.view(overrun, Locale.ENGLISH);

            assertThat(dutch.title()).isEqualTo("title-nl");
            assertThat(dutch.actions()).containsExactly("first-nl", "second");
            assertThat(dutch.explanation()).isEqualTo("nl: 10 of 8");
            assertThat(english.title()).isEqualTo("title-en");
            assertThat(english.explanation()).isEqualTo("en: 10 of 8");
            assertThat(english.sources()).extracting(SignalView.SourceRef::id).containsExactly("handvat", "flyer");
        }
        Signal other = Signal.of(SignalCode.OVERRUN, Severity.ACTION, "E=9", 12, 9, 3);
        assertThat(texts.view(other, DUTCH).explanation()).isEqualTo("nl: 12 of 9");
    }

    @Test
    void languagesPastTheKeptOnesAreStillResolved() {
        for (int i = 0; i < SignalTexts.LANGUAGES_KEPT + 5; i++) {
            texts.view(overrun, Locale.forLanguageTag("x-test" + i));
        }
        messages.addMessage(SignalCode.OVERRUN.titleKey(), Locale.GERMAN, "title-de");
        messages.addMessage(SignalCode.OVERRUN.explanationKey(), Locale.GERMAN, "de");
        messages.addMessage(SignalCode.OVERRUN.actionsKey(), Locale.GERMAN, "");

        assertThat(texts.view(overrun, Locale.GERMAN).title()).isEqualTo("title-de");
        assertThat(texts.view(overrun, Locale.ENGLISH).title()).isEqualTo("title-en");
    }
}
