package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.List;

/**
 * The expected course of one treatment as drawn in its chart: from the baseline, the expected score and its band at
 * each treatment session held after it.
 *
 * @param learned whether it was learned from the practice (else it is the default curve)
 */
public record ExpectedPath(List<Point> points, boolean learned) {

    public ExpectedPath {
        points = List.copyOf(points);
    }

    /** The expectation on a date: the expected score and the band's low and high edge. */
    public record Point(LocalDate date, double expected, double low, double high) {}
}
