package nl.afsluitwijzer.measurement;

import org.jspecify.annotations.Nullable;

/**
 * The thresholds of an instrument that classify change: reliable change in points, the clinical
 * cut-off (the first score that counts as a case, or null when the instrument has none) and the
 * direction of improvement.
 */
public record OutcomeThresholds(
        int reliableChange, @Nullable Integer clinicalCutoff, Direction direction) {

    public OutcomeThresholds {
        if (reliableChange < 1) {
            throw new IllegalArgumentException("reliableChange must be at least 1");
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
    }

    /** Whether a score counts as a clinical case; false when the instrument has no cut-off. */
    public boolean isCase(int score) {
        if (clinicalCutoff == null) {
            return false;
        }
        return direction == Direction.LOWER_IS_BETTER ? score >= clinicalCutoff : score <= clinicalCutoff;
    }

    /** Improvement in points from baseline to latest; negative when the client got worse. */
    public int improvement(int baseline, int latest) {
        return direction == Direction.LOWER_IS_BETTER ? baseline - latest : latest - baseline;
    }

    public Classification classify(int baseline, int latest) {
        int improvement = improvement(baseline, latest);
        if (improvement >= reliableChange) {
            return isCase(baseline) && !isCase(latest) ? Classification.RECOVERED : Classification.RELIABLY_IMPROVED;
        }
        if (-improvement >= reliableChange) {
            return Classification.RELIABLY_DETERIORATED;
        }
        return Classification.UNCHANGED;
    }
}
