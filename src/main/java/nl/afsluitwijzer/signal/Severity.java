package nl.afsluitwijzer.signal;

import java.util.Comparator;

/** How urgent a signal is, in ascending order; {@link #MOST_URGENT_FIRST} sorts ACTION first. */
public enum Severity {
    INFO,
    ATTENTION,
    ACTION;

    public static final Comparator<Severity> MOST_URGENT_FIRST = Comparator.reverseOrder();

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String messageKey() {
        return "signal.severity." + name();
    }
}
