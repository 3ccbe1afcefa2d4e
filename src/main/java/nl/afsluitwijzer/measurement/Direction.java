package nl.afsluitwijzer.measurement;

/** Which way a score moves when the client gets better. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /** The key of the direction's description in the message bundles. */
    public String messageKey() {
        return "measurement.direction." + name();
    }
}
