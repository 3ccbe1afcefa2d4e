package nl.afsluitwijzer.measurement;

/** Who entered a measurement: the therapist (on the page or through the API) or the client (through the portal link). */
public enum MeasurementSource {
    THERAPIST,
    CLIENT;

    /** The key of the source's name in the message bundles. */
    public String messageKey() {
        return "measurement.source." + name();
    }
}
