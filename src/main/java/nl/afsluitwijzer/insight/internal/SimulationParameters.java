package nl.afsluitwijzer.insight.internal;

import java.util.List;

/**
 * The inputs of one scenario of the capacity simulation.
 *
 * @param arrivalsPerWeek mean registrations per week (Poisson)
 * @param slotsPerWeek sessions the therapists can hold per week
 * @param sessionsPerTreatment the observed numbers of sessions per closed treatment, drawn from at random
 * @param sessionsPerWeek how often a treatment has a session (1 = weekly, 0.5 = fortnightly)
 * @param waitingNow clients on the waiting list at the start
 * @param activeNow treatments under way at the start
 */
public record SimulationParameters(
        double arrivalsPerWeek,
        double slotsPerWeek,
        List<Integer> sessionsPerTreatment,
        double sessionsPerWeek,
        int waitingNow,
        int activeNow,
        int weeks,
        int runs,
        long seed) {

    public SimulationParameters {
        sessionsPerTreatment = List.copyOf(sessionsPerTreatment);
        if (sessionsPerTreatment.isEmpty() || sessionsPerWeek <= 0 || sessionsPerWeek > 1 || weeks < 1 || runs < 1) {
            throw new IllegalArgumentException("incomplete simulation parameters");
        }
    }

    /** How many treatments can run at once: the slots divided by the sessions each takes per week. */
    public int caseload() {
        return Math.max(1, (int) Math.floor(slotsPerWeek / sessionsPerWeek));
    }

    public double meanSessions() {
        return sessionsPerTreatment.stream()
                .mapToInt(Integer::intValue)
                .average()
                .orElse(0);
    }

    /** Share of the capacity the inflow needs in the long run; below 1 the list does not grow without bound. */
    public double utilisation() {
        return arrivalsPerWeek * meanSessions() / sessionsPerWeek / caseload();
    }

    /** What if treatments were shorter on average: every observed number scaled, at least one session. */
    public SimulationParameters withMeanSessions(double mean) {
        double factor = mean / meanSessions();
        List<Integer> scaled = sessionsPerTreatment.stream()
                .map(n -> (int) Math.max(1, Math.round(n * factor)))
                .toList();
        return new SimulationParameters(
                arrivalsPerWeek, slotsPerWeek, scaled, sessionsPerWeek, waitingNow, activeNow, weeks, runs, seed);
    }

    /** What if there were more session slots per week (one therapist day is about eight). */
    public SimulationParameters withExtraSlots(double extra) {
        return new SimulationParameters(
                arrivalsPerWeek,
                slotsPerWeek + extra,
                sessionsPerTreatment,
                sessionsPerWeek,
                waitingNow,
                activeNow,
                weeks,
                runs,
                seed);
    }
}
