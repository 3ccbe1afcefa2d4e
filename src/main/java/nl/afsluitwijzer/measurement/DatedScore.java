package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.Objects;

/** One total on the date it was measured: a point of a progress chart. */
public record DatedScore(LocalDate date, int total) {

    public DatedScore {
        Objects.requireNonNull(date, "date");
    }
}
