package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.TreatmentHistory.Acknowledgement;
import nl.afsluitwijzer.signal.TreatmentHistory.Discussion;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentHistory.ExpectedSessions;
import nl.afsluitwijzer.signal.TreatmentHistory.Goal;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatusChange;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;
import nl.afsluitwijzer.signal.TreatmentHistory.PhaseChange;
import nl.afsluitwijzer.signal.TreatmentHistory.Session;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;

/**
 * Times the engine on 10,000 treatments with full histories (20–40 sessions, 3–8 measurements, evaluations,
 * goals, discussions), built from a fixed seed. Run it as a plain main class; it is not a unit test.
 */
public final class SignalEngineBenchmark {

    private static final int TREATMENTS = 10_000;
    private static final int WARM_UP_ROUNDS = 10;
    private static final int TIMED_ROUNDS = 10;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final OutcomeThresholds PHQ9 = new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER);
    private static final OutcomeThresholds GAD7 = new OutcomeThresholds(4, 8, Direction.LOWER_IS_BETTER);

    private final Random random = new Random(20250106L);

    public static void main(String[] args) {
        List<TreatmentHistory> histories = new SignalEngineBenchmark().histories();
        SignalEngine engine = new SignalEngine();
        SignalPolicy policy = SignalPolicy.defaults();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            evaluateAll(engine, policy, histories);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long started = System.nanoTime();
            evaluateAll(engine, policy, histories);
            long elapsed = System.nanoTime() - started;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        report(histories.size(), best, total / TIMED_ROUNDS);
        System.out.println("signals per code: " + countByCode(engine, policy, histories));
    }

    private static int evaluateAll(SignalEngine engine, SignalPolicy policy, List<TreatmentHistory> histories) {
        int signals = 0;
        for (TreatmentHistory history : histories) {
            signals += engine.evaluate(history, policy, AS_OF).size();
        }
        return signals;
    }

    private static void report(int treatments, long bestNanos, long meanNanos) {
        System.out.printf(
                "treatments: %,d, rounds: %d after %d warm-up rounds%n", treatments, TIMED_ROUNDS, WARM_UP_ROUNDS);
        System.out.printf(
                "best: %.1f ms per 10,000 (%,.0f treatments/s)%n",
                bestNanos / 1e6 * 10_000 / treatments, treatments / (bestNanos / 1e9));
        System.out.printf(
                "mean: %.1f ms per 10,000 (%,.0f treatments/s)%n",
                meanNanos / 1e6 * 10_000 / treatments, treatments / (meanNanos / 1e9));
    }

    private static Map<SignalCode, Integer> countByCode(
            SignalEngine engine, SignalPolicy policy, List<TreatmentHistory> histories) {
        Map<SignalCode, Integer> counts = new EnumMap<>(SignalCode.class);
        for (TreatmentHistory history : histories) {
            engine.evaluate(history, policy, AS_OF).forEach(signal -> counts.merge(signal.code(), 1, Integer::sum));
        }
        return counts;
    }

    private List<TreatmentHistory> histories() {
        List<TreatmentHistory> histories = new ArrayList<>(TREATMENTS);
        for (int i = 0; i < TREATMENTS; i++) {
            histories.add(history("t-" + i));
        }
        return histories;
    }

    private TreatmentHistory history(String id) {
        LocalDate start = AS_OF.minusDays(120 + random.nextInt(700));
        List<Session> sessions = sessions(start, 20 + random.nextInt(21));
        int expected = random.nextInt(4) == 0 ? 16 : 12;
        List<ExpectedSessions> expectations = new ArrayList<>(List.of(new ExpectedSessions(start, expected)));
        if (random.nextBoolean()) {
            expectations.add(new ExpectedSessions(sessions.get(expected - 2).date(), expected + 4));
        }
        List<PhaseChange> phases = new ArrayList<>(List.of(
                new PhaseChange(start, TreatmentPhase.INTAKE),
                new PhaseChange(sessions.get(1).date(), TreatmentPhase.TREATMENT)));
        if (random.nextInt(3) == 0) {
            phases.add(new PhaseChange(sessions.get(sessions.size() - 4).date(), TreatmentPhase.CLOSING));
        }
        return new TreatmentHistory(
                id,
                phases,
                start,
                random.nextInt(10) > 0,
                expectations,
                random.nextBoolean() ? PHQ9 : GAD7,
                goals(start, sessions),
                sessions,
                measurements(sessions),
                evaluations(sessions),
                discussions(sessions),
                acknowledgements(sessions));
    }

    private List<Session> sessions(LocalDate start, int count) {
        List<Session> sessions = new ArrayList<>(count);
        sessions.add(new Session(start, SessionKind.INTAKE, true));
        LocalDate date = start;
        for (int i = 1; i < count; i++) {
            date = date.plusDays(7 + random.nextInt(8));
            SessionKind kind = i % 6 == 0 ? SessionKind.EVALUATION : SessionKind.TREATMENT;
            sessions.add(new Session(date, kind, random.nextInt(10) > 0));
        }
        return sessions;
    }

    private List<Goal> goals(LocalDate start, List<Session> sessions) {
        List<Goal> goals = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate added = i < 2 ? start : randomDate(sessions);
            List<GoalStatusChange> changes = random.nextBoolean()
                    ? List.of()
                    : List.of(new GoalStatusChange(randomDate(sessions), GoalStatus.values()[random.nextInt(4)]));
            goals.add(new Goal("g" + i, added, changes));
        }
        return goals;
    }

    private List<Measurement> measurements(List<Session> sessions) {
        List<Measurement> measurements = new ArrayList<>();
        int count = 3 + random.nextInt(6);
        int score = 8 + random.nextInt(15);
        for (int i = 0; i < count; i++) {
            measurements.add(
                    new Measurement(sessions.get(i * sessions.size() / count).date(), Math.max(0, score)));
            score += random.nextInt(7) - 4;
        }
        return measurements;
    }

    private List<Evaluation> evaluations(List<Session> sessions) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 6; i < sessions.size(); i += 6 + random.nextInt(6)) {
            EvaluationKind kind = EvaluationKind.values()[random.nextInt(4)];
            evaluations.add(new Evaluation(
                    sessions.get(i).date(),
                    kind,
                    3 + random.nextInt(8),
                    3 + random.nextInt(8),
                    random.nextInt(5) == 0));
        }
        return evaluations;
    }

    private List<Discussion> discussions(List<Session> sessions) {
        List<Discussion> discussions = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            discussions.add(new Discussion(randomDate(sessions), DiscussionKind.values()[random.nextInt(3)]));
        }
        return discussions;
    }

    private List<Acknowledgement> acknowledgements(List<Session> sessions) {
        return random.nextInt(3) > 0
                ? List.of()
                : List.of(
                        new Acknowledgement(randomDate(sessions), SignalCode.OVERRUN, "E=12"),
                        new Acknowledgement(randomDate(sessions), SignalCode.NO_RECENT_CONTACT, "lastContact=none"));
    }

    private LocalDate randomDate(List<Session> sessions) {
        return sessions.get(random.nextInt(sessions.size())).date();
    }
}
