package nl.afsluitwijzer.signal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.signal.Signal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves a signal's texts from the bundles in the reader's language, with dates written the Dutch way. */
@Component
public class SignalTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;

    public SignalTexts(MessageSource messages) {
        this.messages = messages;
    }

    public SignalView view(Signal signal, Locale locale) {
        Object[] arguments = formatted(signal);
        String sources = messages.getMessage(signal.code().sourceKey(), null, "", locale);
        return new SignalView(
                signal.code(),
                signal.severity(),
                messages.getMessage(signal.code().titleKey(), null, locale),
                messages.getMessage(signal.explanationKey(), arguments, locale),
                Arrays.stream(messages.getMessage(signal.code().actionsKey(), null, locale)
                                .split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                sourceRefs(Objects.requireNonNull(sources, "a default message is given")),
                signal.acknowledged());
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
                        messages.getMessage(signal.code().titleKey(), null, locale),
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
