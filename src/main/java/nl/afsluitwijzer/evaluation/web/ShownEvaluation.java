package nl.afsluitwijzer.evaluation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.treatment.Goal;
import org.jspecify.annotations.Nullable;

/** An evaluation as the treatment page shows it in full: its goal scores next to the goals' own words. */
public record ShownEvaluation(Evaluation evaluation, List<ScoredGoal> goalScores, List<ExtensionReason> reasons) {

    /** One goal score; {@code goal} is null when the goal was erased since. */
    record ScoredGoal(Long goalId, @Nullable String goal, int score) {}

    static List<ShownEvaluation> of(List<Evaluation> evaluations, List<Goal> goals) {
        Map<Long, Goal> byId = goals.stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        List<Long> order = goals.stream().map(Goal::getId).toList();
        return evaluations.stream()
                .map(e -> new ShownEvaluation(
                        e,
                        e.getGoalScores().stream()
                                .sorted(Comparator.comparingInt(s -> order.indexOf(s.goalId())))
                                .map(s -> new ScoredGoal(
                                        s.goalId(),
                                        byId.containsKey(s.goalId())
                                                ? byId.get(s.goalId()).getDescription()
                                                : null,
                                        s.score()))
                                .toList(),
                        e.extensionReasons().stream().sorted().toList()))
                .toList();
    }
}
