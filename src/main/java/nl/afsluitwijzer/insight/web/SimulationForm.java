package nl.afsluitwijzer.insight.web;

import org.jspecify.annotations.Nullable;

/** The what-if of the simulation page: a shorter mean number of sessions and extra session slots per week. */
record SimulationForm(
        @Nullable Double meanSessions,
        @Nullable Double extraSlots,
        @Nullable Long seed) {

    static final double ONE_THERAPIST_DAY = 8;
    static final long DEFAULT_SEED = 20_260_101L;
    static final int RUNS = 200;

    double meanOr(double current) {
        double fallback = Math.max(1, Math.round(current) - 2);
        return meanSessions == null || meanSessions < 1 || meanSessions > 100 ? fallback : meanSessions;
    }

    double extraOr() {
        return extraSlots == null || extraSlots < 0 || extraSlots > 200 ? ONE_THERAPIST_DAY : extraSlots;
    }

    long seedOr() {
        return seed == null ? DEFAULT_SEED : seed;
    }
}
