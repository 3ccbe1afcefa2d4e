package nl.afsluitwijzer.insight.internal;

import java.util.List;

/**
 * The outcome of many runs of one scenario: the waiting-list length per week and, at the end of the year, the
 * list length and the mean wait of the clients admitted in the last quarter, each as 10th, 50th and 90th
 * percentile over the runs; plus the long-run means for checking Little's law.
 */
public record SimulationResult(
        List<Band> listLength,
        Band endListLength,
        Band endWaitWeeks,
        double meanListLength,
        double meanWaitWeeks,
        double meanArrivalsPerWeek) {

    /** The 10th, 50th and 90th percentile of a figure over the runs. */
    public record Band(double p10, double p50, double p90) {}
}
