package nl.afsluitwijzer.insight;

import org.jspecify.annotations.Nullable;

/** Waiting times in days of the treatments that reached a step in the period, against the Treeknorm. */
public record WaitingTime(@Nullable Double medianDays, int normDays, Rate withinNorm) {
}
