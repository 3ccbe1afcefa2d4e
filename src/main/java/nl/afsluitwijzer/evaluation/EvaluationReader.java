package nl.afsluitwijzer.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evaluations of the treatments in a {@link TreatmentScope} with their goal scores, extension reasons and
 * answers to the support questions: three queries joined to the treatments in scope, whatever the number of
 * treatments or evaluations (the aggregate mapping takes three more per evaluation). No access check and no audit here: the callers do that.
 */
@Component
class EvaluationReader {

    private final NamedParameterJdbcTemplate jdbc;

    EvaluationReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per treatment, its evaluations oldest first (by date, then as recorded). */
    Map<Long, List<Evaluation>> of(TreatmentScope scope) {
        Map<Long, Set<GoalScore>> scores = new HashMap<>();
        Map<Long, Set<ExtensionReasonCode>> reasons = new HashMap<>();
        jdbc.query("""
                SELECT 'G' AS part_kind, g.evaluation_id, g.goal_id AS part_goal, g.score AS part_score,
                       NULL AS part_code
                FROM treatment t JOIN evaluation e ON e.treatment_id = t.id
                JOIN goal_score g ON g.evaluation_id = e.id WHERE %1$s
                UNION ALL
                SELECT 'R', r.evaluation_id, NULL, NULL, r.code
                FROM treatment t JOIN evaluation e ON e.treatment_id = t.id
                JOIN extension_reason_code r ON r.evaluation_id = e.id WHERE %1$s""".formatted(scope.condition()), scope.parameters(), rs -> {
            long evaluation = rs.getLong("evaluation_id");
            if ("G".equals(rs.getString("part_kind"))) {
                scores.computeIfAbsent(evaluation, id -> new HashSet<>())
                        .add(new GoalScore(rs.getLong("part_goal"), rs.getInt("part_score")));
            } else {
                reasons.computeIfAbsent(evaluation, id -> new HashSet<>())
                        .add(new ExtensionReasonCode(ExtensionReason.valueOf(rs.getString("part_code"))));
            }
        });
        Map<Long, Set<EvaluationSupportQuestion>> answers = new HashMap<>();
        jdbc.query("""
                SELECT s.evaluation_id, s.question, s.concern, s.note
                FROM treatment t JOIN evaluation e ON e.treatment_id = t.id
                JOIN evaluation_support_question s ON s.evaluation_id = e.id WHERE %s""".formatted(scope.condition()), scope.parameters(), rs -> {
            answers.computeIfAbsent(rs.getLong("evaluation_id"), id -> new HashSet<>())
                    .add(new EvaluationSupportQuestion(
                            SupportQuestion.valueOf(rs.getString("question")),
                            rs.getBoolean("concern"),
                            rs.getString("note")));
        });
        Map<Long, List<Evaluation>> evaluations = new HashMap<>();
        jdbc.query("""
                SELECT e.* FROM treatment t JOIN evaluation e ON e.treatment_id = t.id
                WHERE %s ORDER BY e.treatment_id, e.evaluated_on, e.id""".formatted(scope.condition()), scope.parameters(), rs -> {
            long id = rs.getLong("id");
            evaluations
                    .computeIfAbsent(rs.getLong("treatment_id"), t -> new ArrayList<>())
                    .add(Evaluation.read(
                            rs,
                            scores.getOrDefault(id, new HashSet<>()),
                            reasons.getOrDefault(id, new HashSet<>()),
                            answers.getOrDefault(id, new HashSet<>())));
        });
        return evaluations;
    }
}
