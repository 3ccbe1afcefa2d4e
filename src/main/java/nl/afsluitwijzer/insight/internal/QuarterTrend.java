package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.measurement.Classification;

/**
 * The key figures of one quarter for the trend in the Norm 1 report, computed by the same calculator as the rest.
 * A quarter only partly in the report's period is clipped to it, so the quarters add up to the period.
 *
 * @param reliablyImproved recovered or reliably improved, of all treatments closed in the quarter
 */
public record QuarterTrend(
        Period period,
        int year,
        int quarter,
        int closed,
        Rate withinExpected,
        Rate midEvaluationOnTime,
        Rate reliablyImproved) {

    public static QuarterTrend of(Period quarter, Indicators indicators) {
        int improved = Objects.requireNonNull(indicators.outcomes().get(Classification.RECOVERED.name()), "counted")
                        .count()
                + Objects.requireNonNull(indicators.outcomes().get(Classification.RELIABLY_IMPROVED.name()), "counted")
                        .count();
        return new QuarterTrend(
                quarter,
                quarter.from().getYear(),
                (quarter.from().getMonthValue() + 2) / 3,
                indicators.closed(),
                indicators.withinExpected(),
                indicators.midEvaluationOnTime(),
                new Rate(improved, indicators.closed()));
    }

    /** The calendar quarters that overlap the period, each clipped to it, in order. */
    public static List<Period> quartersOf(Period period) {
        List<Period> quarters = new ArrayList<>();
        LocalDate start =
                period.from().withDayOfMonth(1).withMonth((period.from().getMonthValue() - 1) / 3 * 3 + 1);
        while (!start.isAfter(period.to())) {
            LocalDate end = start.plusMonths(3).minusDays(1);
            quarters.add(new Period(
                    start.isBefore(period.from()) ? period.from() : start,
                    end.isAfter(period.to()) ? period.to() : end));
            start = start.plusMonths(3);
        }
        return quarters;
    }
}
