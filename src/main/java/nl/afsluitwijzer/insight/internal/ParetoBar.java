package nl.afsluitwijzer.insight.internal;

/** One bar of a Pareto chart: a code, its count and the cumulative share up to and including it. */
public record ParetoBar(String code, int count, double cumulativePercent) {}
