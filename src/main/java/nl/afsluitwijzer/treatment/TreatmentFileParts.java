package nl.afsluitwijzer.treatment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sessions and goals of the treatments in a {@link TreatmentScope} at once, for the caseload: one plain
 * query per table with its own row mapping. The generic aggregate mapping would take a query per goal for its status
 * history and most of the caseload's time for the sessions.
 */
@Component
class TreatmentFileParts {

    private final NamedParameterJdbcTemplate jdbc;

    TreatmentFileParts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the treatments in scope. */
    List<Long> idsIn(TreatmentScope scope) {
        return jdbc.queryForList("SELECT t.id FROM treatment t WHERE " + scope.condition(), scope.parameters(),
                Long.class);
    }

    /** Per treatment, its sessions in date order. */
    Map<Long, List<TreatmentSession>> sessionsOf(TreatmentScope scope) {
        Map<Long, List<TreatmentSession>> sessions = new HashMap<>();
        jdbc.query("""
                SELECT s.id, s.treatment_id, s.session_date, s.kind, s.attended, s.recorded_at
                FROM treatment t JOIN treatment_session s ON s.treatment_id = t.id
                WHERE %s ORDER BY s.treatment_id, s.session_date, s.id""".formatted(scope.condition()),
                scope.parameters(),
                rs -> {
                    long treatmentId = rs.getLong("treatment_id");
                    sessions.computeIfAbsent(treatmentId, id -> new ArrayList<>()).add(TreatmentSession.read(
                            rs.getLong("id"), treatmentId, rs.getObject("session_date", java.time.LocalDate.class),
                            SessionKind.valueOf(rs.getString("kind")), rs.getBoolean("attended"),
                            rs.getTimestamp("recorded_at").toInstant()));
                });
        return sessions;
    }

    /** Per treatment, its goals in the order they were added, each with its status history. */
    Map<Long, List<Goal>> goalsOf(TreatmentScope scope) {
        Map<Long, Set<GoalStatusChange>> changes = new HashMap<>();
        jdbc.query("""
                SELECT c.goal_id, c.changed_on, c.status, c.sequence_number
                FROM treatment t JOIN goal g ON g.treatment_id = t.id JOIN goal_status_change c ON c.goal_id = g.id
                WHERE %s""".formatted(scope.condition()),
                scope.parameters(),
                rs -> {
                    changes.computeIfAbsent(rs.getLong("goal_id"), id -> new HashSet<>()).add(new GoalStatusChange(
                            rs.getObject("changed_on", java.time.LocalDate.class),
                            GoalStatus.valueOf(rs.getString("status")), rs.getInt("sequence_number")));
                });
        Map<Long, List<Goal>> goals = new HashMap<>();
        jdbc.query("""
                SELECT g.id, g.treatment_id, g.description, g.criterion, g.added_on, g.status, g.version
                FROM treatment t JOIN goal g ON g.treatment_id = t.id
                WHERE %s ORDER BY g.treatment_id, g.added_on, g.id""".formatted(scope.condition()),
                scope.parameters(),
                rs -> {
                    long id = rs.getLong("id");
                    long treatmentId = rs.getLong("treatment_id");
                    goals.computeIfAbsent(treatmentId, t -> new ArrayList<>()).add(Goal.read(id, treatmentId,
                            rs.getString("description"), rs.getString("criterion"),
                            rs.getObject("added_on", java.time.LocalDate.class),
                            GoalStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                            changes.getOrDefault(id, new HashSet<>())));
                });
        return goals;
    }
}
