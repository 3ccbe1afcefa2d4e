package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.afsluitwijzer.treatment.Phase;

/**
 * The simulation's starting point from the practice's own records: inflow = registrations per week over the
 * last 26 weeks; capacity = counted sessions held per week over the last 12 weeks; the numbers of sessions of
 * ended treatments; sessions per week = their sessions divided by the weeks from first to last session.
 */
public final class CapacityEstimate {

    static final int INFLOW_WEEKS = 26;
    static final int CAPACITY_WEEKS = 12;
    static final int FALLBACK_SESSIONS = 12;

    private CapacityEstimate() {}

    public static SimulationParameters from(List<TreatmentFacts> facts, LocalDate today, int runs, long seed) {
        LocalDate inflowFrom = today.minusWeeks(INFLOW_WEEKS);
        LocalDate capacityFrom = today.minusWeeks(CAPACITY_WEEKS);
        long registrations = facts.stream()
                .map(TreatmentFacts::registrationDate)
                .filter(d -> d.isAfter(inflowFrom) && !d.isAfter(today))
                .count();
        long sessionsHeld = facts.stream()
                .flatMap(f -> f.countedSessions().stream())
                .filter(d -> d.isAfter(capacityFrom) && !d.isAfter(today))
                .count();
        List<TreatmentFacts> ended = facts.stream()
                .filter(f -> f.phase().isEnded() && f.sessionsAtEnd() > 0)
                .toList();
        List<Integer> lengths =
                ended.stream().map(TreatmentFacts::sessionsAtEnd).toList();
        int waiting = (int) facts.stream()
                .filter(f -> f.phase() == Phase.REFERRED || f.phase() == Phase.INTAKE)
                .count();
        int active = (int) facts.stream()
                .filter(f -> f.phase() == Phase.TREATMENT || f.phase() == Phase.CLOSING)
                .count();
        return new SimulationParameters(
                (double) registrations / INFLOW_WEEKS,
                Math.max(1.0, (double) sessionsHeld / CAPACITY_WEEKS),
                lengths.isEmpty() ? List.of(FALLBACK_SESSIONS) : lengths,
                frequency(ended),
                waiting,
                active,
                52,
                runs,
                seed);
    }

    /** Sessions per week of ended treatments, between once a month and once a week. */
    static double frequency(List<TreatmentFacts> ended) {
        long sessions = 0;
        long weeks = 0;
        for (TreatmentFacts treatment : ended) {
            List<LocalDate> dates = treatment.countedSessions();
            sessions += dates.size();
            weeks += ChronoUnit.WEEKS.between(dates.get(0), dates.get(dates.size() - 1)) + 1;
        }
        return weeks == 0 ? 1.0 : Math.min(1.0, Math.max(0.25, (double) sessions / weeks));
    }
}
