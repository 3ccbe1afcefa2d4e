package nl.afsluitwijzer.signal.web;

import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.afsluitwijzer.signal.Signal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves a signal's texts from the bundles in the reader's language, with dates written the Dutch way. */
@Component
class SignalTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;
    /** Per explanation pattern and language: which arguments are plain {n} elements, not {n,choice,…}. */
    private final Map<String, boolean[]> plainArguments = new ConcurrentHashMap<>();

    SignalTexts(MessageSource messages) {
        this.messages = messages;
    }

    SignalView view(Signal signal, Locale locale) {
        Object[] arguments = formatted(signal);
        String sources = messages.getMessage(signal.code().sourceKey(), null, "", locale);
        return new SignalView(signal.code(), signal.severity(),
                messages.getMessage(signal.code().titleKey(), null, locale),
                messages.getMessage(signal.explanationKey(), arguments, locale),
                Arrays.stream(messages.getMessage(signal.code().actionsKey(), null, locale).split("\n"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList(),
                sourceRefs(sources), signal.acknowledged());
    }

    List<SignalView> views(List<Signal> signals, Locale locale) {
        return signals.stream().map(s -> view(s, locale)).toList();
    }

    /** Only what a chip shows (title and explanation), for long lists such as the caseload. */
    List<SignalView> chips(List<Signal> signals, Locale locale) {
        return signals.stream().map(signal -> new SignalView(signal.code(), signal.severity(),
                messages.getMessage(signal.code().titleKey(), null, locale),
                messages.getMessage(signal.explanationKey(), chipArguments(signal, locale), locale), List.of(),
                List.of(), signal.acknowledged())).toList();
    }

    /**
     * The arguments with small whole numbers already written out where the pattern shows them plainly: the
     * same text, without a number format made per chip, which was most of the caseload's text time.
     */
    private Object[] chipArguments(Signal signal, Locale locale) {
        Object[] arguments = formatted(signal);
        boolean[] plain = plainArguments.computeIfAbsent(signal.explanationKey() + '|' + locale,
                key -> plainIndices(messages.getMessage(signal.explanationKey(), null, locale), locale));
        for (int i = 0; i < Math.min(plain.length, arguments.length); i++) {
            if (plain[i] && arguments[i] instanceof Integer number && Math.abs(number) < 1000) {
                arguments[i] = number.toString();
            }
        }
        return arguments;
    }

    private static boolean[] plainIndices(String pattern, Locale locale) {
        Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        boolean[] plain = new boolean[formats.length];
        String compact = pattern.replace(" ", "");
        for (int i = 0; i < formats.length; i++) {
            plain[i] = formats[i] == null && !compact.contains("{" + i + ",");
        }
        return plain;
    }

    private static Object[] formatted(Signal signal) {
        return Arrays.stream(signal.messageArgumentArray())
                .map(a -> a instanceof LocalDate date ? DATE.format(date) : a).toArray();
    }

    /** "handvatdocument §2; flyer" → links to #handvatdocument and #flyer. */
    private static List<SignalView.SourceRef> sourceRefs(String sources) {
        return Arrays.stream(sources.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> new SignalView.SourceRef(s.split(" ")[0], s)).toList();
    }
}
