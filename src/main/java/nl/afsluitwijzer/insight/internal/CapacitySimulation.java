package nl.afsluitwijzer.insight.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A seeded discrete-event simulation of the waiting list, week by week: registrations arrive (Poisson), wait
 * until a place in the caseload frees up, then have sessions until their drawn number is reached. Pure: the
 * same parameters and seed give the same result.
 */
public final class CapacitySimulation {

    private static final double WARM_UP = 0.25;
    private static final int LAST_QUARTER = 13;

    public SimulationResult run(SimulationParameters parameters) {
        Random random = new Random(parameters.seed());
        double[][] lengths = new double[parameters.weeks()][parameters.runs()];
        double[] endWaits = new double[parameters.runs()];
        Totals totals = new Totals();
        for (int run = 0; run < parameters.runs(); run++) {
            endWaits[run] = runOnce(parameters, random, lengths, run, totals);
        }
        List<SimulationResult.Band> bands =
                Arrays.stream(lengths).map(CapacitySimulation::band).toList();
        double window = (double) parameters.runs() * totals.weeksCounted();
        return new SimulationResult(
                bands,
                bands.get(bands.size() - 1),
                band(endWaits),
                totals.queueWeeks / Math.max(1, window),
                totals.waited / Math.max(1, totals.admitted),
                totals.arrivals / Math.max(1, window));
    }

    /** One year; returns the mean wait of the clients admitted in the last quarter. */
    private double runOnce(SimulationParameters p, Random random, double[][] lengths, int run, Totals totals) {
        Deque<int[]> queue = new ArrayDeque<>();
        List<int[]> active = new ArrayList<>();
        for (int i = 0; i < p.waitingNow(); i++) {
            queue.add(new int[] {0, draw(p, random)});
        }
        for (int i = 0; i < p.activeNow(); i++) {
            active.add(new int[] {(int) Math.ceil(draw(p, random) * random.nextDouble())});
        }
        int warmUp = (int) (p.weeks() * WARM_UP);
        totals.firstCountedWeek = warmUp + 1;
        totals.lastWeek = p.weeks();
        double lateWaited = 0;
        int lateAdmitted = 0;
        for (int week = 1; week <= p.weeks(); week++) {
            boolean counted = week > warmUp;
            int arrivals = poisson(p.arrivalsPerWeek(), random);
            for (int i = 0; i < arrivals; i++) {
                queue.add(new int[] {week, draw(p, random)});
            }
            while (active.size() < p.caseload() && !queue.isEmpty()) {
                int[] client = queue.poll();
                int waited = week - client[0];
                active.add(new int[] {client[1]});
                if (counted) {
                    totals.admit(waited);
                }
                if (week > p.weeks() - LAST_QUARTER) {
                    lateWaited += waited;
                    lateAdmitted++;
                }
            }
            holdSessions(active, p.sessionsPerWeek(), random);
            lengths[week - 1][run] = queue.size();
            if (counted) {
                totals.arrivals += arrivals;
                totals.queueWeeks += queue.size();
            }
        }
        return lateAdmitted == 0 ? 0 : lateWaited / lateAdmitted;
    }

    private static void holdSessions(List<int[]> active, double sessionsPerWeek, Random random) {
        active.removeIf(treatment -> {
            if (random.nextDouble() < sessionsPerWeek) {
                treatment[0]--;
            }
            return treatment[0] <= 0;
        });
    }

    private static int draw(SimulationParameters p, Random random) {
        return p.sessionsPerTreatment()
                .get(random.nextInt(p.sessionsPerTreatment().size()));
    }

    /** Knuth's method for small means, a rounded normal approximation for large ones. */
    static int poisson(double mean, Random random) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static SimulationResult.Band band(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new SimulationResult.Band(percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.round(p * (sorted.length - 1))];
    }

    /** Sums over the weeks after the warm-up, over all runs. */
    private static final class Totals {
        double arrivals;
        double queueWeeks;
        double waited;
        long admitted;
        int firstCountedWeek;
        int lastWeek;

        void admit(int weeks) {
            waited += weeks;
            admitted++;
        }

        int weeksCounted() {
            return lastWeek - firstCountedWeek + 1;
        }
    }
}
