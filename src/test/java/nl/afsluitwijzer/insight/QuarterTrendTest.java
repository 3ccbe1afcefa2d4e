package nl.afsluitwijzer.insight;

import static nl.afsluitwijzer.insight.Facts.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.QuarterTrend;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.treatment.Phase;
import org.junit.jupiter.api.Test;

class QuarterTrendTest {

    @Test
    void theQuartersOverlappingAPeriodAreClippedToIt() {
        assertThat(QuarterTrend.quartersOf(new Period(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 11, 20))))
                .containsExactly(
                        period("2025-02-15", "2025-03-31"),
                        period("2025-04-01", "2025-06-30"),
                        period("2025-07-01", "2025-09-30"),
                        period("2025-10-01", "2025-11-20"));
        assertThat(QuarterTrend.quartersOf(period("2025-12-31", "2026-01-01")))
                .containsExactly(period("2025-12-31", "2025-12-31"), period("2026-01-01", "2026-01-01"));
        assertThat(QuarterTrend.quartersOf(period("2026-05-01", "2026-05-31")))
                .containsExactly(period("2026-05-01", "2026-05-31"));
    }

    @Test
    void aQuarterCountsRecoveredAndReliablyImprovedTogetherOfAllClosed() {
        // closed in Q1: recovered (18 -> 8), reliably improved (22 -> 15), unchanged (15 -> 13), no pair
        List<TreatmentFacts> facts = List.of(
                treatment(1, 1)
                        .waited("2025-11-01", "2025-11-10", "2026-01-05")
                        .ended(Phase.CLOSED, "2026-02-02")
                        .expected(6)
                        .weeklySessions("2026-01-05", 5)
                        .evaluated("2026-01-12")
                        .score("2026-01-05", 18)
                        .score("2026-02-02", 8)
                        .build(),
                treatment(2, 1)
                        .waited("2025-11-01", "2025-11-10", "2026-01-05")
                        .ended(Phase.CLOSED, "2026-02-16")
                        .expected(4)
                        .weeklySessions("2026-01-05", 7)
                        .score("2026-01-05", 22)
                        .score("2026-02-16", 15)
                        .build(),
                treatment(3, 2)
                        .waited("2025-11-01", "2025-11-10", "2026-01-05")
                        .ended(Phase.CLOSED, "2026-03-31")
                        .expected(12)
                        .weeklySessions("2026-01-05", 10)
                        .score("2026-01-05", 15)
                        .score("2026-03-09", 13)
                        .build(),
                treatment(4, 2)
                        .waited("2025-11-01", "2025-11-10", "2026-01-05")
                        .ended(Phase.DROPPED_OUT, "2026-01-20")
                        .sessions("2026-01-05")
                        .build());
        Period q1 = period("2026-01-01", "2026-03-31");
        QuarterTrend trend = QuarterTrend.of(q1, new IndicatorCalculator().calculate(facts, List.of(), q1, null));
        assertThat(trend.year()).isEqualTo(2026);
        assertThat(trend.quarter()).isEqualTo(1);
        assertThat(trend.closed()).isEqualTo(4);
        assertThat(trend.withinExpected()).isEqualTo(new Rate(2, 3));
        // H 3 (19 Jan): evaluated 12 Jan; H 2 (12 Jan): none; H 6 (9 Feb): none
        assertThat(trend.midEvaluationOnTime()).isEqualTo(new Rate(1, 3));
        assertThat(trend.reliablyImproved()).isEqualTo(new Rate(2, 4));
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
