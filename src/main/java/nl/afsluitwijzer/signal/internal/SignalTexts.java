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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves a signal's texts from the bundles in the reader's language, with dates written the Dutch way. */
@Component
public class SignalTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;

    /**
     * The texts of a code that take no arguments (title, actions, sources), per language: the bundles do not change
     * while the application runs, and resolving each through every module's bundle was a seventh of a caseload
     * request's time.
     */
    private final Map<Locale, Map<SignalCode, Fixed>> fixed = new ConcurrentHashMap<>();

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
                messages.getMessage(signal.explanationKey(), formatted(signal), locale),
                texts.actions(),
                texts.sources(),
                signal.acknowledged());
    }

    /**
     * At most {@value #LANGUAGES_KEPT} languages are kept: the language comes from a cookie or the address, so a
     * client could name ever new ones; past that the texts are resolved on every call.
     */
    private Fixed fixed(SignalCode code, Locale locale) {
        Map<SignalCode, Fixed> ofLanguage = fixed.get(locale);
        if (ofLanguage == null) {
            if (fixed.size() >= LANGUAGES_KEPT) {
                return resolve(code, locale);
            }
            ofLanguage = fixed.computeIfAbsent(locale, language -> new ConcurrentHashMap<>());
        }
        return ofLanguage.computeIfAbsent(code, c -> resolve(c, locale));
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
                        messages.getMessage(signal.explanationKey(), formatted(signal), locale),
                        List.of(),
                        List.of(),
                        signal.acknowledged()))
                .toList();
    }

    private static Object[] formatted(Signal signal) {
        return Arrays.stream(signal.messageArgumentArray())
                .map(a -> a instanceof LocalDate date ? DATE.format(date) : a)
                .toArray();
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
