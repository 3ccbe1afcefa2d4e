package nl.afsluitwijzer.signal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
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

    /**
     * An explanation reads exactly as the formatter writes it, a date the Dutch way: every explanation of every code
     * and severity, in the application's bundles, with small and large counts, decimals, a date and a text; in Dutch,
     * English, a language the bundles lack and one whose number format has digits of its own.
     */
    @Test
    void everyExplanationReadsAsTheFormatterWritesIt() {
        MessageSource bundles = signalBundles();
        SignalTexts fast = new SignalTexts(bundles);
        List<Locale> locales =
                List.of(DUTCH, Locale.ENGLISH, Locale.forLanguageTag("de"), Locale.forLanguageTag("ar-EG-u-nu-arab"));
        List<Object> values = List.of(0, 1, 7, 999, 1000, 12345, -1, 65L, 1000L, 2.5, LocalDate.of(2026, 3, 9), "E=8");
        int compared = 0;
        for (SignalCode code : SignalCode.values()) {
            for (Severity severity : Severity.values()) {
                for (Locale locale : locales) {
                    String key = Signal.of(code, severity, "f").explanationKey();
                    String pattern = bundles.getMessage(key, null, null, locale);
                    if (pattern == null) {
                        continue; // a code explained per severity has no text for a severity it is never raised at
                    }
                    int arguments = new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length;
                    for (int shift = 0; shift < values.size(); shift++) {
                        List<Object> given = new ArrayList<>();
                        for (int i = 0; i < arguments; i++) {
                            given.add(argumentFor(bundles, key, locale, i, values.get((shift + i) % values.size())));
                        }
                        Signal signal = Signal.of(code, severity, "f", given.toArray());
                        Object[] asBefore = Arrays.stream(signal.messageArgumentArray())
                                .map(a -> a instanceof LocalDate date
                                        ? date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear()
                                        : a)
                                .toArray();
                        assertThat(fast.view(signal, locale).explanation())
                                .as("%s in %s with %s", key, locale, given)
                                .isEqualTo(bundles.getMessage(key, asBefore, locale));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(SignalCode.values().length * values.size());
    }

    /** The value, or a count where the pattern formats the argument as a number or a choice. */
    private static Object argumentFor(MessageSource bundles, String key, Locale locale, int index, Object value) {
        boolean numeric =
                new MessageFormat(bundles.getMessage(key, null, locale), locale).getFormatsByArgumentIndex()[index]
                        != null;
        return numeric && !(value instanceof Number) ? 1 : value;
    }

    private static MessageSource signalBundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/signals");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
