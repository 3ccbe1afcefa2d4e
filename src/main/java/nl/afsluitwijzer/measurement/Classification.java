package nl.afsluitwijzer.measurement;

/** Outcome of a treatment on one instrument, from its baseline and latest measurement. */
public enum Classification {
    RECOVERED,
    RELIABLY_IMPROVED,
    UNCHANGED,
    RELIABLY_DETERIORATED;

    /** The key of the classification's name in the message bundles. */
    public String messageKey() {
        return "measurement.classification." + name();
    }
}
