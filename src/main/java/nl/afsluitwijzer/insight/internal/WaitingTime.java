package nl.afsluitwijzer.insight.internal;

import org.jspecify.annotations.Nullable;

/**
 * Waiting times in days of the treatments that reached a step in the period, against the Treeknorm: median and
 * mean (one decimal), null when none reached the step.
 */
public record WaitingTime(
        @Nullable Double medianDays, @Nullable Double meanDays, int normDays, Rate withinNorm) {}
