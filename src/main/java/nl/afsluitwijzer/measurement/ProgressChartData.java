package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a progress chart shows: the totals of one instrument over time and the dates of the
 * sessions, in the language of the reader. Totals are put in date order (the first is the
 * baseline) and must lie within the instrument's range; session dates are sorted and unique.
 */
public record ProgressChartData(
        Instrument instrument,
        List<DatedScore> measurements,
        List<LocalDate> sessionDates,
        Locale locale,
        @Nullable ExpectedPath expected) {

    /** A chart without an expected course. */
    public ProgressChartData(
            Instrument instrument, List<DatedScore> measurements, List<LocalDate> sessionDates, Locale locale) {
        this(instrument, measurements, sessionDates, locale, null);
    }

    public ProgressChartData {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(locale, "locale");
        measurements = inDateOrder(instrument, measurements);
        sessionDates = sessionDates.stream().sorted().distinct().toList();
    }

    /** Sorted by date, keeping the given order within a day; refuses a total the instrument cannot score. */
    static List<DatedScore> inDateOrder(Instrument instrument, List<DatedScore> scores) {
        scores.forEach(score -> instrument.scoreTotal(score.total()));
        return scores.stream().sorted(Comparator.comparing(DatedScore::date)).toList();
    }
}
