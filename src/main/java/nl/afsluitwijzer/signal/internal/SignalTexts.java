package nl.afsluitwijzer.signal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves a signal's texts from the bundles in the reader's language, with dates written the Dutch way. */
@Component
public class SignalTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;

    /**
     * Per language, what does not change while the application runs: a code's texts that take no arguments (title,
     * actions, sources, split and parsed once). Resolving them on every row was a seventh of a caseload request's
     * time. (A count in an explanation is written by the message source, which keeps a number format per message.)
     */
    private final Map<Locale, Map<SignalCode, Fixed>> languages = new ConcurrentHashMap<>();

    static final int LANGUAGES_KEPT = 8;

    private record Fixed(String title, List<String> actions, List<SignalView.SourceRef> sources) {}

    public SignalTexts(MessageSource messages) {
        this.messages = messages;
    }

    public SignalView view(Signal signal, Locale locale) {
        Fixed texts = fixed(signal.code(), locale);
        return new SignalView(
                signal.code(),
                signal.severity(),
                texts.title(),
                explanation(signal, locale),
                texts.actions(),
                texts.sources(),
                signal.acknowledged());
    }

    /**
     * At most {@value #LANGUAGES_KEPT} languages are kept, past that the texts are resolved on every call: the pages
     * and the API ask only in the two languages the application speaks ({@code shared.SpokenLanguages}), but this
     * class takes any locale it is given.
     */
    @Nullable
    private Map<SignalCode, Fixed> language(Locale locale) {
        Map<SignalCode, Fixed> language = languages.get(locale);
        if (language == null && languages.size() < LANGUAGES_KEPT) {
            language = languages.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        return language;
    }

    private Fixed fixed(SignalCode code, Locale locale) {
        Map<SignalCode, Fixed> language = language(locale);
        return language == null ? resolve(code, locale) : language.computeIfAbsent(code, c -> resolve(c, locale));
    }

    private Fixed resolve(SignalCode code, Locale locale) {
        String sources = messages.getMessage(code.sourceKey(), null, "", locale);
        return new Fixed(
                messages.getMessage(code.titleKey(), null, locale),
                Arrays.stream(messages.getMessage(code.actionsKey(), null, locale)
                                .split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                sourceRefs(Objects.requireNonNull(sources, "a default message is given")));
    }

    public List<SignalView> views(List<Signal> signals, Locale locale) {
        return signals.stream().map(s -> view(s, locale)).toList();
    }

    /** Only what a chip shows (title and explanation), for long lists such as the caseload. */
    public List<SignalView> chips(List<Signal> signals, Locale locale) {
        return signals.stream()
                .map(signal -> new SignalView(
                        signal.code(),
                        signal.severity(),
                        fixed(signal.code(), locale).title(),
                        explanation(signal, locale),
                        List.of(),
                        List.of(),
                        signal.acknowledged()))
                .toList();
    }

    /** The explanation with its arguments, a date written the Dutch way. */
    private String explanation(Signal signal, Locale locale) {
        Object[] arguments = signal.messageArgumentArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalDate date) {
                arguments[i] = DATE.format(date);
            }
        }
        return messages.getMessage(signal.explanationKey(), arguments, locale);
    }

    /** "handvatdocument §2; flyer" → links to #handvatdocument and #flyer. */
    private static List<SignalView.SourceRef> sourceRefs(String sources) {
        return Arrays.stream(sources.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> new SignalView.SourceRef(s.split(" ")[0], s))
                .toList();
    }
}
