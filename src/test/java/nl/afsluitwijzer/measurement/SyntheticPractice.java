package nl.afsluitwijzer.measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic practice of closed PHQ-9 treatments with a known answer (docs/expected-course.md, Benchmark):
 * four groups of clients with their own true course, b − G·(1 − e^(−k/τ)) at treatment session k, and measurement
 * noise on every total (normal, σ = {@value #NOISE}, about the PHQ-9's standard error of measurement), rounded and
 * clamped to 0–27. The baseline is taken before the first session; then a total at every session, a tenth missed,
 * the last one always taken.
 */
final class SyntheticPractice {

    /** The standard deviation of the measurement noise on a PHQ-9 total. */
    static final double NOISE = 2.5;

    static final int MIN = 0;
    static final int MAX = 27;

    /** The groups and their shares: the known answer the benchmark is judged by. */
    enum Group {
        /** Improves early (τ 1.5–3.5) by 7 points or more, to about 2–8. */
        RESPONDER(0.45),
        /** Improves as much, but late (τ 6–10), over 12–20 sessions. */
        SLOW_RESPONDER(0.20),
        /** Stays about where it started (G −2 to 3). */
        NON_RESPONDER(0.25),
        /** Gets worse by 4–8 points. */
        DETERIORATOR(0.10);

        final double share;

        Group(double share) {
            this.share = share;
        }
    }

    /** One closed treatment: its group, the baseline, and the session k and total of each later measurement. */
    record Treatment(long id, Group group, int baseline, int[] sessions, int[] scores) {

        int last() {
            return scores[scores.length - 1];
        }

        /** Reliable improvement at the end on the PHQ-9 (6 points, as the instrument's definition has it). */
        boolean improvedReliably(int reliableChange) {
            return baseline - last() >= reliableChange;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Treatment that
                    && id == that.id
                    && group == that.group
                    && baseline == that.baseline
                    && Arrays.equals(sessions, that.sessions)
                    && Arrays.equals(scores, that.scores);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id) * 31 + Arrays.hashCode(scores);
        }

        @Override
        public String toString() {
            return id + " " + group + " " + baseline + " " + Arrays.toString(sessions) + " " + Arrays.toString(scores);
        }
    }

    private SyntheticPractice() {}

    /** {@code count} treatments, numbered from {@code firstId}; the same seed gives the same practice. */
    static List<Treatment> generate(long seed, int count, long firstId) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Treatment> treatments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            treatments.add(one(random, firstId + i));
        }
        return treatments;
    }

    private static Treatment one(SplittableRandom random, long id) {
        Group group = group(random.nextDouble());
        int baseline = clamp((int) Math.round(17 + 4 * gaussian(random)), 10, MAX);
        double gain;
        double tau;
        int sessions;
        switch (group) {
            case RESPONDER -> {
                gain = Math.min(baseline, Math.max(7, baseline - uniform(random, 2, 8)));
                tau = uniform(random, 1.5, 3.5);
                sessions = random.nextInt(6, 13);
            }
            case SLOW_RESPONDER -> {
                gain = Math.min(baseline, Math.max(7, baseline - uniform(random, 2, 8)));
                tau = uniform(random, 6, 10);
                sessions = random.nextInt(12, 21);
            }
            case NON_RESPONDER -> {
                gain = uniform(random, -2, 3);
                tau = 3;
                sessions = random.nextInt(8, 17);
            }
            default -> {
                gain = -uniform(random, 4, 8);
                tau = uniform(random, 3, 8);
                sessions = random.nextInt(6, 15);
            }
        }
        int observed = clamp((int) Math.round(baseline + NOISE * gaussian(random)), MIN, MAX);
        List<int[]> later = new ArrayList<>();
        for (int k = 1; k <= sessions; k++) {
            double noise = NOISE * gaussian(random);
            boolean missed = random.nextDouble() < 0.1;
            if (k == sessions || !missed) {
                double truth = baseline - gain * (1 - Math.exp(-k / tau));
                later.add(new int[] {k, clamp((int) Math.round(truth + noise), MIN, MAX)});
            }
        }
        return new Treatment(
                id,
                group,
                observed,
                later.stream().mapToInt(point -> point[0]).toArray(),
                later.stream().mapToInt(point -> point[1]).toArray());
    }

    private static Group group(double draw) {
        double cumulative = 0;
        for (Group group : Group.values()) {
            cumulative += group.share;
            if (draw < cumulative) {
                return group;
            }
        }
        return Group.DETERIORATOR;
    }

    /** Feeds every point of the treatments to a learner, as the SQL projection streams them. */
    static CourseLearner learn(List<Treatment> treatments) {
        CourseLearner learner = new CourseLearner();
        for (Treatment treatment : treatments) {
            for (int i = 0; i < treatment.sessions().length; i++) {
                learner.add(
                        treatment.id(),
                        treatment.baseline(),
                        treatment.sessions()[i],
                        treatment.scores()[i]);
            }
        }
        return learner;
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A standard normal draw (Box–Muller), so the practice depends on the seed only. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
