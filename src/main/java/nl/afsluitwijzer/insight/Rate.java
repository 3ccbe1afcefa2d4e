package nl.afsluitwijzer.insight;

import org.jspecify.annotations.Nullable;

/** count of of, as a percentage; no percentage when there is nothing to count. */
public record Rate(int count, int of) {

    public @Nullable Double percent() {
        return of == 0 ? null : Math.round(1000.0 * count / of) / 10.0;
    }
}
