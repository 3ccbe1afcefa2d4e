package nl.afsluitwijzer.measurement;

/** Outcome of a treatment on one instrument, from its baseline and latest measurement. */
public enum Classification {
    RECOVERED,
    RELIABLY_IMPROVED,
    UNCHANGED,
    RELIABLY_DETERIORATED
}
