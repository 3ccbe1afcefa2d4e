package nl.afsluitwijzer.measurement;

/** Which way a score moves when the client gets better. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER
}
