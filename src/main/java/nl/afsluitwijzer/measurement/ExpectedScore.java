package nl.afsluitwijzer.measurement;

import java.util.Objects;

/**
 * The expected score at treatment session {@code session} for a client's baseline, with its band (central 80 %),
 * clamped to the instrument's range: a score beyond {@link #worseEdge()} shows less progress than 9 in 10
 * comparable clients.
 *
 * @param learned whether the expectation was learned from the practice's closed treatments (else the default curve)
 */
public record ExpectedScore(
        int session, double expected, double low, double high, Direction direction, boolean learned) {

    public ExpectedScore {
        Objects.requireNonNull(direction, "direction");
        if (low > expected || expected > high) {
            throw new IllegalArgumentException("the band " + low + ".." + high + " must hold " + expected);
        }
    }

    /** The edge of the band on the side of less progress: the upper edge when lower is better. */
    public double worseEdge() {
        return direction == Direction.LOWER_IS_BETTER ? high : low;
    }

    /** Whether a score lies strictly beyond the worse edge (a score on the edge is within the band). */
    public boolean isWorseThanBand(int score) {
        return direction == Direction.LOWER_IS_BETTER ? score > high : score < low;
    }
}
