package nl.afsluitwijzer.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalEngine;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory;
import nl.afsluitwijzer.signal.TreatmentPhase;
import nl.afsluitwijzer.treatment.Phase;

/** The signals a planned demo treatment raises on a day, by the real rule engine with the default policy. */
final class DemoSignals {

    private static final SignalEngine ENGINE = new SignalEngine();

    private DemoSignals() {}

    static List<Signal> of(DemoTreatmentPlan plan, LocalDate asOf) {
        if (plan.dateOf(Phase.TREATMENT) == null) {
            return List.of();
        }
        return ENGINE.evaluate(history(plan), SignalPolicy.defaults(), asOf);
    }

    static Set<SignalCode> codes(DemoTreatmentPlan plan, LocalDate asOf) {
        return of(plan, asOf).stream().map(Signal::code).collect(Collectors.toSet());
    }

    /** The history as a treatment-to-signal adapter would give it: its planned evaluations, no measurements yet. */
    static TreatmentHistory history(DemoTreatmentPlan plan) {
        List<TreatmentHistory.ExpectedSessions> expected = new ArrayList<>();
        if (plan.agreements() != null) {
            expected.add(new TreatmentHistory.ExpectedSessions(
                    plan.dateOf(Phase.TREATMENT), plan.agreements().expectedSessions()));
            plan.extensions().forEach(x -> expected.add(new TreatmentHistory.ExpectedSessions(x.from(), x.sessions())));
        }
        List<TreatmentHistory.Goal> goals = IntStream.range(0, plan.goals().size())
                .mapToObj(i -> {
                    DemoTreatmentPlan.PlannedGoal goal = plan.goals().get(i);
                    List<TreatmentHistory.GoalStatusChange> changes = goal.statusOn() == null
                            ? List.of()
                            : List.of(new TreatmentHistory.GoalStatusChange(
                                    goal.statusOn(),
                                    TreatmentHistory.GoalStatus.valueOf(
                                            goal.status().name())));
                    return new TreatmentHistory.Goal("g" + (i + 1), goal.addedOn(), changes);
                })
                .toList();
        return new TreatmentHistory(
                plan.client().reference(),
                plan.phases().stream()
                        .map(p -> new TreatmentHistory.PhaseChange(
                                p.date(), TreatmentPhase.valueOf(p.phase().name())))
                        .toList(),
                plan.dateOf(Phase.TREATMENT),
                plan.agreements() != null && plan.agreements().closingDiscussedAtStart(),
                expected,
                null,
                goals,
                plan.sessions().stream()
                        .map(s -> new TreatmentHistory.Session(
                                s.date(),
                                TreatmentHistory.SessionKind.valueOf(s.kind().name()),
                                s.attended()))
                        .toList(),
                List.of(),
                plan.evaluations().stream().map(DemoSignals::evaluation).toList(),
                plan.discussions().stream()
                        .map(d -> new TreatmentHistory.Discussion(
                                d.date(),
                                TreatmentHistory.DiscussionKind.valueOf(d.kind().name())))
                        .toList(),
                List.of());
    }

    private static TreatmentHistory.Evaluation evaluation(DemoEvaluation x) {
        return new TreatmentHistory.Evaluation(
                x.date(),
                TreatmentHistory.EvaluationKind.valueOf(x.kind()),
                x.allianceRating(),
                x.motivationRating(),
                x.colleaguePresent(),
                TreatmentHistory.Decision.valueOf(x.decision()),
                x.reviewAfterSessions());
    }
}
