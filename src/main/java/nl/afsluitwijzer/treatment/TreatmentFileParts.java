package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The treatment files in a {@link TreatmentScope} at once, for the caseload and the practice's figures: one plain
 * query per table with its own row mapping, joined to the treatments in scope, so the number of statements and of
 * bound parameters does not grow with the number of treatments. The generic aggregate mapping would take three
 * queries per treatment (phase history, E, shares) and one per goal for its status history.
 */
@Component
class TreatmentFileParts {

    private final NamedParameterJdbcTemplate jdbc;

    TreatmentFileParts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many treatments the scope holds. */
    long count(TreatmentScope scope) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM treatment t WHERE " + scope.condition(),
                scope.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of a page of the scope's treatments in waiting-list order: first registered first, then by id. */
    List<Long> idsInRegistrationOrder(TreatmentScope scope, int size, long offset) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("pageSize", size);
        parameters.put("pageOffset", offset);
        return jdbc.queryForList("SELECT t.id FROM treatment t WHERE " + scope.condition()
                + " ORDER BY t.registration_date, t.id LIMIT :pageSize OFFSET :pageOffset", parameters, Long.class);
    }

    /** At most this many treatments read together have the rest of their records read by their ids. */
    static final int BY_IDS_UP_TO = 1_000;

    /**
     * Treatments read with their phase history, E entries and shares, and the scope to read their other records by:
     * their ids when they are a few (a page: the statements after the first need not repeat the condition that
     * selected them, so PostgreSQL plans and runs them as lookups by id), else the scope they were read by.
     */
    record Found(List<Treatment> treatments, TreatmentScope scope) {
    }

    /**
     * The treatments in scope in id order, each with its phase history, its E entries and its shares: two queries
     * whatever their number (the aggregate mapping takes three more per treatment).
     */
    Found treatmentsIn(TreatmentScope scope) {
        Map<Long, Set<PhaseChange>> phaseChanges = new HashMap<>();
        Map<Long, Set<ExpectedSessions>> expected = new HashMap<>();
        Map<Long, Set<TreatmentShare>> shares = new HashMap<>();
        List<Treatment> found = jdbc.query("SELECT t.* FROM treatment t WHERE %s ORDER BY t.id"
                .formatted(scope.condition()), scope.parameters(),
                (rs, number) -> {
                    long id = rs.getLong("id");
                    return Treatment.read(rs, phaseChanges.computeIfAbsent(id, k -> new HashSet<>()),
                            expected.computeIfAbsent(id, k -> new HashSet<>()),
                            shares.computeIfAbsent(id, k -> new HashSet<>()));
                });
        if (found.isEmpty()) {
            return new Found(found, scope);
        }
        TreatmentScope rest = found.size() <= BY_IDS_UP_TO
                ? TreatmentScope.ids(found.stream().map(Treatment::getId).toList()) : scope;
        String condition = rest.condition();
        jdbc.query("""
                SELECT 'P' AS part_kind, p.treatment_id, p.changed_on AS part_date, p.phase AS part_name,
                       p.reason AS part_text, p.changed_by AS part_number, p.sequence_number AS part_sequence
                FROM treatment t JOIN phase_change p ON p.treatment_id = t.id WHERE %1$s
                UNION ALL
                SELECT 'E', e.treatment_id, e.effective_date, e.origin, NULL, e.sessions, e.sequence_number
                FROM treatment t JOIN expected_sessions e ON e.treatment_id = t.id WHERE %1$s
                UNION ALL
                SELECT 'S', s.treatment_id, NULL, NULL, NULL, s.therapist_id, NULL
                FROM treatment t JOIN treatment_share s ON s.treatment_id = t.id WHERE %1$s""".formatted(condition),
                rest.parameters(), rs -> {
                    long id = rs.getLong("treatment_id");
                    if (!phaseChanges.containsKey(id)) {
                        return; // a treatment changed between the two statements: read as it was in the first
                    }
                    switch (rs.getString("part_kind")) {
                        case "P" -> phaseChanges.get(id).add(new PhaseChange(rs.getObject("part_date", LocalDate.class),
                                Phase.valueOf(rs.getString("part_name")), rs.getString("part_text"),
                                rs.getObject("part_number", Long.class), rs.getInt("part_sequence")));
                        case "E" -> expected.get(id).add(new ExpectedSessions(rs.getObject("part_date", LocalDate.class),
                                rs.getInt("part_number"), rs.getInt("part_sequence"),
                                ExpectedSessionsOrigin.valueOf(rs.getString("part_name"))));
                        default -> shares.get(id).add(new TreatmentShare(rs.getLong("part_number")));
                    }
                });
        return new Found(found, rest);
    }

    /** The clients of the treatments in scope, by id. */
    Map<Long, Client> clientsOf(TreatmentScope scope) {
        Map<Long, Client> clients = new HashMap<>();
        jdbc.query("""
                SELECT c.id, c.practice_id, c.reference, c.display_name, c.birth_year, c.gp_name,
                    c.gp_practice, c.created_at, c.version
                FROM treatment t JOIN client c ON c.id = t.client_id WHERE %s""".formatted(scope.condition()),
                scope.parameters(),
                rs -> {
                    long id = rs.getLong("id");
                    clients.put(id, Client.read(id, rs.getLong("practice_id"), rs.getString("reference"),
                            rs.getString("display_name"), rs.getObject("birth_year", Integer.class),
                            rs.getString("gp_name"), rs.getString("gp_practice"),
                            rs.getTimestamp("created_at").toInstant(), rs.getObject("version", Integer.class)));
                });
        return clients;
    }

    /** Per treatment, its discussions in date order. */
    Map<Long, List<Discussion>> discussionsOf(TreatmentScope scope) {
        return grouped("""
                SELECT d.id, d.treatment_id, d.discussed_on, d.kind, d.note, d.recorded_at
                FROM treatment t JOIN discussion d ON d.treatment_id = t.id
                WHERE %s ORDER BY d.treatment_id, d.discussed_on, d.id""", scope, "treatment_id", ArrayList::new,
                (rs, row) -> Discussion.read(rs.getLong("id"), rs.getLong("treatment_id"),
                        rs.getObject("discussed_on", LocalDate.class), DiscussionKind.valueOf(rs.getString("kind")),
                        rs.getString("note"), rs.getTimestamp("recorded_at").toInstant()));
    }

    /** Per treatment, its sessions in date order. */
    Map<Long, List<TreatmentSession>> sessionsOf(TreatmentScope scope) {
        return grouped("""
                SELECT s.id, s.treatment_id, s.session_date, s.kind, s.attended, s.recorded_at
                FROM treatment t JOIN treatment_session s ON s.treatment_id = t.id
                WHERE %s ORDER BY s.treatment_id, s.session_date, s.id""", scope, "treatment_id", ArrayList::new,
                (rs, row) -> TreatmentSession.read(rs.getLong("id"), rs.getLong("treatment_id"),
                        rs.getObject("session_date", LocalDate.class), SessionKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("attended"), rs.getTimestamp("recorded_at").toInstant()));
    }

    /** Per treatment, its goals in the order they were added, each with its status history. */
    Map<Long, List<Goal>> goalsOf(TreatmentScope scope) {
        Map<Long, Set<GoalStatusChange>> changes = grouped("""
                SELECT c.goal_id, c.changed_on, c.status, c.sequence_number
                FROM treatment t JOIN goal g ON g.treatment_id = t.id JOIN goal_status_change c ON c.goal_id = g.id
                WHERE %s""", scope, "goal_id", HashSet::new,
                (rs, row) -> new GoalStatusChange(rs.getObject("changed_on", LocalDate.class),
                        GoalStatus.valueOf(rs.getString("status")), rs.getInt("sequence_number")));
        return grouped("""
                SELECT g.id, g.treatment_id, g.description, g.criterion, g.added_on, g.status, g.version
                FROM treatment t JOIN goal g ON g.treatment_id = t.id
                WHERE %s ORDER BY g.treatment_id, g.added_on, g.id""", scope, "treatment_id", ArrayList::new,
                (rs, row) -> Goal.read(rs.getLong("id"), rs.getLong("treatment_id"), rs.getString("description"),
                        rs.getString("criterion"), rs.getObject("added_on", LocalDate.class),
                        GoalStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                        changes.getOrDefault(rs.getLong("id"), new HashSet<>())));
    }

    /**
     * The rows of a query over the treatments in scope ({@code %s} in the SQL is the scope's condition), gathered
     * per value of the key column into a collection of its own, in the order the query returns them.
     */
    private <T, C extends Collection<T>> Map<Long, C> grouped(String sql, TreatmentScope scope, String key,
            Supplier<C> collection, RowMapper<T> row) {
        Map<Long, C> grouped = new HashMap<>();
        jdbc.query(sql.formatted(scope.condition()), scope.parameters(),
                rs -> {
                    grouped.computeIfAbsent(rs.getLong(key), k -> collection.get()).add(row.mapRow(rs, 0));
                });
        return grouped;
    }
}
