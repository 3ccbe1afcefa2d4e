package nl.afsluitwijzer.measurement;

/** Asked for an instrument code that the catalog does not hold. */
public final class UnknownInstrumentException extends RuntimeException {

    private final String code;

    UnknownInstrumentException(String code, Iterable<String> known) {
        super("unknown instrument '" + code + "'; known instruments: " + String.join(", ", known));
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "measurement.instrument.unknown";
    }

    /** {code}. */
    public Object[] messageArguments() {
        return new Object[] {code};
    }
}
