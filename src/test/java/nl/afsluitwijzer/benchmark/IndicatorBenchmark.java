package nl.afsluitwijzer.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.insight.IndicatorCalculator;
import nl.afsluitwijzer.insight.internal.Extension;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.treatment.Phase;

/**
 * The indicators of 10,000 closed treatments (and 1,000 open signals) in memory with the pure calculator, for
 * the practice and for each of 20 therapists (target: under 1 s). Prints figures, asserts nothing.
 */
public final class IndicatorBenchmark {

    private static final int TREATMENTS = 10_000;
    private static final int THERAPISTS = 20;
    private static final int ROUNDS = 20;
    private static final OutcomeThresholds PHQ9 = new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER);

    private IndicatorBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(1);
        List<TreatmentFacts> facts = new ArrayList<>();
        for (long id = 1; id <= TREATMENTS; id++) {
            facts.add(treatment(id, random));
        }
        List<OpenSignal> signals = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            signals.add(new OpenSignal(
                    random.nextInt(TREATMENTS) + 1,
                    random.nextInt(THERAPISTS) + 1,
                    SignalCode.values()[random.nextInt(SignalCode.values().length)],
                    Severity.ACTION));
        }
        Period period = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        IndicatorCalculator calculator = new IndicatorCalculator();
        long[] practice = new long[ROUNDS];
        long[] withTherapists = new long[ROUNDS];
        Indicators result = null;
        for (int round = -5; round < ROUNDS; round++) {
            long start = System.nanoTime();
            result = calculator.calculate(facts, signals, period, null);
            long middle = System.nanoTime();
            for (long therapist = 1; therapist <= THERAPISTS; therapist++) {
                calculator.calculate(facts, signals, period, therapist);
            }
            long end = System.nanoTime();
            if (round >= 0) {
                practice[round] = middle - start;
                withTherapists[round] = end - start;
            }
        }
        System.out.printf(
                "Indicators of %,d closed treatments: closed %d, median sessions %s, within E %s%%%n",
                TREATMENTS,
                result.closed(),
                result.sessions().median(),
                result.withinExpected().percent());
        System.out.printf("practice only: median %.1f ms, max %.1f ms%n", median(practice), max(practice));
        System.out.printf(
                "practice + %d therapists: median %.1f ms, max %.1f ms (target < 1000 ms)%n",
                THERAPISTS, median(withTherapists), max(withTherapists));
    }

    private static TreatmentFacts treatment(long id, Random random) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        int sessions = 3 + random.nextInt(22);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            dates.add(start.plusWeeks(i));
        }
        LocalDate end = dates.get(sessions - 1).plusDays(7);
        List<DatedScore> scores = List.of(
                new DatedScore(start, 8 + random.nextInt(18)),
                new DatedScore(dates.get(sessions / 2), 4 + random.nextInt(18)),
                new DatedScore(dates.get(sessions - 1), random.nextInt(20)));
        List<Extension> extensions = random.nextInt(4) == 0
                ? List.of(new Extension(dates.get(sessions / 2), List.of(ExtensionReason.values()[random.nextInt(18)])))
                : List.of();
        List<ChecklistItem> missing =
                random.nextInt(3) == 0 ? List.of(ChecklistItem.values()[random.nextInt(4)]) : List.of();
        ClosingRecord closing = new ClosingRecord(
                id, end, ClosingReason.values()[random.nextInt(5)], missing, missing.isEmpty() ? null : "reason " + id);
        return new TreatmentFacts(
                id,
                random.nextInt(THERAPISTS) + 1,
                Phase.CLOSED,
                start.minusDays(40),
                start.minusDays(14),
                start,
                end,
                dates.get(sessions * 3 / 4),
                8 + random.nextInt(10),
                dates,
                scores,
                PHQ9,
                List.of(dates.get(Math.min(sessions - 1, 3 + random.nextInt(6)))),
                extensions,
                closing);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
