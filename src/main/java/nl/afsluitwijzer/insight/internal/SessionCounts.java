package nl.afsluitwijzer.insight.internal;

import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/** Sessions per closed treatment: median, mean (one decimal) and how many treatments had each number. */
public record SessionCounts(
        @Nullable Double median, @Nullable Double mean, SortedMap<Integer, Integer> histogram) {}
