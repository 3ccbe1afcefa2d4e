package nl.afsluitwijzer.signal.internal;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
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
     * actions, sources, split and parsed once), and which arguments of an explanation are written as a plain
     * {@code {n}}. Resolving the former on every row was a seventh of a caseload request's time; handing the latter a
     * count as a number made the formatter build a number format for each one, a fifth of it.
     */
    private final Map<Locale, Language> languages = new ConcurrentHashMap<>();

    static final int LANGUAGES_KEPT = 8;

    private record Fixed(String title, List<String> actions, List<SignalView.SourceRef> sources) {}

    /**
     * A kept language: its fixed texts per code, its plain arguments per explanation key, and whether its number
     * format writes a count from 0 to 999 as the digits {@link String#valueOf} writes (so that a count handed over
     * as text reads exactly as the formatter would have written it).
     */
    private record Language(
            Map<SignalCode, Fixed> fixed, Map<String, boolean[]> plainArguments, boolean writesCountsPlainly) {

        static Language of(Locale locale) {
            NumberFormat numbers = NumberFormat.getInstance(locale);
            boolean plainly = IntStream.of(0, 7, 10, 99, 100, 999)
                    .allMatch(count -> numbers.format(count).equals(String.valueOf(count)));
            return new Language(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), plainly);
        }
    }

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
    private Language language(Locale locale) {
        Language language = languages.get(locale);
        if (language == null && languages.size() < LANGUAGES_KEPT) {
            language = languages.computeIfAbsent(locale, Language::of);
        }
        return language;
    }

    private Fixed fixed(SignalCode code, Locale locale) {
        Language language = language(locale);
        return language == null
                ? resolve(code, locale)
                : language.fixed().computeIfAbsent(code, c -> resolve(c, locale));
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

    /**
     * The explanation with its arguments: a date written the Dutch way, and a count from 0 to 999 that the pattern
     * writes as a plain {@code {n}} handed over as its digits, where the language writes it so (a count that a
     * {@code choice} or {@code number} element formats stays a number).
     */
    private String explanation(Signal signal, Locale locale) {
        String key = signal.explanationKey();
        Object[] arguments = signal.messageArgumentArray();
        Language language = language(locale);
        boolean[] plain = null;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof LocalDate date) {
                arguments[i] = DATE.format(date);
            } else if (language != null && language.writesCountsPlainly() && isSmallCount(argument)) {
                if (plain == null) {
                    plain = language.plainArguments().computeIfAbsent(key, k -> plainArguments(k, locale));
                }
                if (i < plain.length && plain[i]) {
                    arguments[i] = argument.toString();
                }
            }
        }
        return messages.getMessage(key, arguments, locale);
    }

    private static boolean isSmallCount(Object argument) {
        long count;
        if (argument instanceof Integer i) {
            count = i;
        } else if (argument instanceof Long l) {
            count = l;
        } else {
            return false;
        }
        return count >= 0 && count <= 999;
    }

    /**
     * Which arguments the explanation's pattern writes as a plain {@code {n}}: those without a format of their own.
     * The pattern is the message asked for without arguments, which the bundles give as written.
     */
    private boolean[] plainArguments(String key, Locale locale) {
        Format[] formats =
                new MessageFormat(messages.getMessage(key, null, locale), locale).getFormatsByArgumentIndex();
        boolean[] plain = new boolean[formats.length];
        for (int i = 0; i < formats.length; i++) {
            plain[i] = formats[i] == null;
        }
        return plain;
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
