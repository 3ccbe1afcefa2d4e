package nl.afsluitwijzer.insight.internal;

import org.jspecify.annotations.Nullable;

/** count of of, and the percentage (one decimal); no percentage when there is nothing to count. */
public record Rate(int count, int of, @Nullable Double percent) {

    public Rate(int count, int of) {
        this(count, of, of == 0 ? null : Math.round(1000.0 * count / of) / 10.0);
    }
}
