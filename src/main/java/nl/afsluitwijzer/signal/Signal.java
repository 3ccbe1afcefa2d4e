package nl.afsluitwijzer.signal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One signal on a treatment. The fingerprint describes the state behind it: an acknowledgement
 * with the same code and fingerprint holds, one with another fingerprint is void. The message
 * arguments are the numbers behind the signal (Integer, Long, Double, LocalDate or String), in
 * the order the explanation pattern of its code expects; the web layer localises the dates.
 */
public record Signal(
        SignalCode code, Severity severity, String fingerprint, List<Object> messageArguments, boolean acknowledged) {

    /** ACTION before ATTENTION before INFO, then in the order of the table. */
    public static final Comparator<Signal> MOST_URGENT_FIRST =
            Comparator.comparing(Signal::severity, Severity.MOST_URGENT_FIRST).thenComparing(Signal::code);

    public Signal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fingerprint, "fingerprint");
        messageArguments = List.copyOf(messageArguments);
    }

    /** A signal that is not (yet) acknowledged. */
    public static Signal of(SignalCode code, Severity severity, String fingerprint, Object... messageArguments) {
        return new Signal(code, severity, fingerprint, List.of(messageArguments), false);
    }

    public Signal acknowledge() {
        return new Signal(code, severity, fingerprint, messageArguments, true);
    }

    /** The explanation pattern to format with {@link #messageArguments()}. */
    public String explanationKey() {
        String key = code.explanationKey();
        return code.explainsPerSeverity() ? key + "." + severity.name() : key;
    }

    public Object[] messageArgumentArray() {
        return messageArguments.toArray();
    }
}
