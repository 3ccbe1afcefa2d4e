package nl.afsluitwijzer.measurement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.measurement.internal.FittedCourse;

/**
 * The benchmark with a known answer of docs/expected-course.md: learns the expected course from one synthetic
 * practice ({@link SyntheticPractice}) and measures on another, drawn with a different seed, the share of eventual
 * non-responders (no reliable improvement at the end) flagged by session 6 and the share of responders (reliable
 * improvement at the end) flagged by mistake; then the fit time for 10,000 closed treatments and the time of the
 * leave-one-out calibration. Flagged by session 6: the NOT_ON_TRACK condition (strictly beyond the worse edge of
 * the band) at any measurement at sessions 3–6. Figures, not assertions; run with scripts/course-benchmark.sh.
 */
public final class CourseBenchmark {

    private static final int LEARN = 10_000;
    private static final int JUDGE = 5_000;
    private static final int TIMING_RUNS = 15;

    private CourseBenchmark() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        Instrument phq9 = InstrumentCatalog.loadFromClasspath().get("PHQ9");
        List<SyntheticPractice.Treatment> learn = SyntheticPractice.generate(seed, LEARN, 1);
        List<SyntheticPractice.Treatment> judge = SyntheticPractice.generate(seed + 1_000_003, JUDGE, LEARN + 1);

        FittedCourse fit = SyntheticPractice.learn(learn).fit().orElseThrow();
        ExpectedCourse course = new ExpectedCourse(phq9, fit, LEARN, null);
        System.out.printf(
                Locale.ROOT,
                "Expected course (PHQ-9), learned from %d synthetic closed treatments (seed %d), judged on %d others:%n"
                        + "  expected = %.2f + %.3f*b + %.2f*ln(k) + %.3f*k, sigma %.2f, band +-%.2f%n",
                LEARN,
                seed,
                JUDGE,
                fit.intercept(),
                fit.baselineWeight(),
                fit.logWeight(),
                fit.sessionWeight(),
                fit.residualSd(),
                fit.halfWidth());

        Tally byOutcome = new Tally();
        Tally[] byGroup = new Tally[SyntheticPractice.Group.values().length];
        Arrays.setAll(byGroup, i -> new Tally());
        int measured = 0;
        int inBand = 0;
        for (SyntheticPractice.Treatment treatment : judge) {
            boolean flagged = false;
            for (int i = 0; i < treatment.sessions().length; i++) {
                ExpectedScore expected =
                        course.at(treatment.baseline(), treatment.sessions()[i]);
                int score = treatment.scores()[i];
                measured++;
                if (score >= expected.low() && score <= expected.high()) {
                    inBand++;
                }
                flagged |= treatment.sessions()[i] >= CourseCalibration.FIRST_FLAG_SESSION
                        && treatment.sessions()[i] <= CourseCalibration.LAST_FLAG_SESSION
                        && expected.isWorseThanBand(score);
            }
            boolean improved = treatment.improvedReliably(phq9.reliableChange());
            byOutcome.add(improved, flagged);
            byGroup[treatment.group().ordinal()].add(improved, flagged);
        }
        System.out.printf(
                Locale.ROOT,
                "  coverage of the band on the judged practice: %.1f%% of %d later measurements (nominal 80%%)%n",
                100.0 * inBand / measured,
                measured);
        System.out.printf(
                Locale.ROOT,
                "  eventual non-responders (improvement < %d at the end) flagged by session 6: %d of %d = %.1f%% (aim >= 80%%)%n",
                phq9.reliableChange(),
                byOutcome.flaggedNotImproved,
                byOutcome.notImproved,
                byOutcome.sensitivity());
        System.out.printf(
                Locale.ROOT,
                "  responders (reliable improvement at the end) flagged by mistake: %d of %d = %.1f%% (aim <= 20%%)%n",
                byOutcome.flaggedImproved,
                byOutcome.improved,
                byOutcome.falseAlarms());
        for (SyntheticPractice.Group group : SyntheticPractice.Group.values()) {
            Tally tally = byGroup[group.ordinal()];
            System.out.printf(
                    Locale.ROOT,
                    "    %-15s %5d treatments, flagged by session 6: %5.1f%%, reliably improved at the end: %5.1f%%%n",
                    group,
                    tally.total(),
                    100.0 * tally.flagged() / tally.total(),
                    100.0 * tally.improved / tally.total());
        }

        System.out.println("  the same judgement with a narrower band (z instead of 1.2816; not the rule in use):");
        for (double z : new double[] {0.0, 0.25, 0.4, 0.5, 0.75, 1.0, 1.2816}) {
            Tally tally = judgeWith(judge, fit, z, phq9);
            System.out.printf(
                    Locale.ROOT,
                    "    z %.2f (edge at the %2.0fth percentile): non-responders flagged %5.1f%%, responders %5.1f%%%n",
                    z,
                    100 * percentile(z),
                    tally.sensitivity(),
                    tally.falseAlarms());
        }

        long[] fits = new long[TIMING_RUNS];
        long[] calibrations = new long[TIMING_RUNS];
        CourseCalibration calibration = null;
        for (int run = 0; run < TIMING_RUNS; run++) {
            long start = System.nanoTime();
            SyntheticPractice.learn(learn).fit().orElseThrow();
            fits[run] = System.nanoTime() - start;
            start = System.nanoTime();
            CourseCalibrator calibrator = new CourseCalibrator(phq9);
            for (SyntheticPractice.Treatment treatment : learn) {
                for (int i = 0; i < treatment.sessions().length; i++) {
                    calibrator.add(
                            treatment.id(),
                            treatment.baseline(),
                            treatment.sessions()[i],
                            treatment.scores()[i]);
                }
            }
            calibration = calibrator.calibrate();
            calibrations[run] = System.nanoTime() - start;
        }
        Arrays.sort(fits);
        Arrays.sort(calibrations);
        System.out.printf(
                Locale.ROOT,
                "  fit time for %d closed treatments (%d points, in memory, median of %d): %.2f ms%n",
                LEARN,
                fit.observations(),
                TIMING_RUNS,
                fits[TIMING_RUNS / 2] / 1e6);
        System.out.printf(
                Locale.ROOT,
                "  leave-one-out calibration of the same %d (median of %d): %.2f ms; coverage %.1f%%, "
                        + "non-responders flagged %.1f%%, responders %.1f%%%n",
                LEARN,
                TIMING_RUNS,
                calibrations[TIMING_RUNS / 2] / 1e6,
                100 * calibration.coverage(),
                100 * calibration.outcomes().sensitivity(),
                100 * calibration.outcomes().falseAlarmRate());
    }

    private static Tally judgeWith(
            List<SyntheticPractice.Treatment> judge, FittedCourse fit, double z, Instrument instrument) {
        Tally tally = new Tally();
        for (SyntheticPractice.Treatment treatment : judge) {
            boolean flagged = false;
            for (int i = 0; i < treatment.sessions().length; i++) {
                int k = treatment.sessions()[i];
                double edge = Math.min(instrument.max(), fit.expected(treatment.baseline(), k) + z * fit.residualSd());
                flagged |= k >= CourseCalibration.FIRST_FLAG_SESSION
                        && k <= CourseCalibration.LAST_FLAG_SESSION
                        && treatment.scores()[i] > edge;
            }
            tally.add(treatment.improvedReliably(instrument.reliableChange()), flagged);
        }
        return tally;
    }

    /** The standard normal distribution function, for the table's percentiles (Abramowitz and Stegun 26.2.17). */
    private static double percentile(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double tail = Math.exp(-z * z / 2)
                / Math.sqrt(2 * Math.PI)
                * t
                * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return z >= 0 ? 1 - tail : tail;
    }

    /** Flagged × reliably improved. */
    private static final class Tally {
        int flaggedNotImproved;
        int flaggedImproved;
        int notImproved;
        int improved;

        void add(boolean isImproved, boolean flagged) {
            if (isImproved) {
                improved++;
                flaggedImproved += flagged ? 1 : 0;
            } else {
                notImproved++;
                flaggedNotImproved += flagged ? 1 : 0;
            }
        }

        int total() {
            return improved + notImproved;
        }

        int flagged() {
            return flaggedImproved + flaggedNotImproved;
        }

        double sensitivity() {
            return notImproved == 0 ? Double.NaN : 100.0 * flaggedNotImproved / notImproved;
        }

        double falseAlarms() {
            return improved == 0 ? Double.NaN : 100.0 * flaggedImproved / improved;
        }
    }
}
