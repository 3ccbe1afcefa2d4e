package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.afsluitwijzer.treatment.internal.TreatmentShare;
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
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM treatment t WHERE " + scope.condition(), scope.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /** The ids of a page, and how many treatments all pages hold. */
    record IdsPage(List<Long> ids, long total) {}

    /**
     * The ids of a page of the scope's treatments in waiting-list order (first registered first, then by id), with
     * the total counted by the same statement; only a page past the last counts with a statement of its own.
     */
    IdsPage idsInRegistrationOrder(TreatmentScope scope, int size, long offset) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("pageSize", size);
        parameters.put("pageOffset", offset);
        long[] total = {0};
        List<Long> ids = jdbc.query(
                "SELECT t.id, COUNT(*) OVER () AS total FROM treatment t WHERE " + scope.condition()
                        + " ORDER BY t.registration_date, t.id LIMIT :pageSize OFFSET :pageOffset",
                parameters,
                (rs, row) -> {
                    total[0] = rs.getLong("total");
                    return rs.getLong("id");
                });
        return new IdsPage(ids, ids.isEmpty() ? count(scope) : total[0]);
    }

    /** At most this many treatments read together have the rest of their records read by their ids. */
    static final int BY_IDS_UP_TO = 1_000;

    /**
     * Treatments read with their phase history, E entries and shares, and the scope to read their other records by:
     * their ids when they are a few (a page: the statements after the first need not repeat the condition that
     * selected them, so PostgreSQL plans and runs them as lookups by id), else the scope they were read by.
     */
    record Found(List<Treatment> treatments, TreatmentScope scope, Map<Long, Client> clients) {}

    /**
     * The treatments in scope in id order, each with its phase history, its E entries and its shares: two queries
     * whatever their number (the aggregate mapping takes three more per treatment).
     */
    Found treatmentsIn(TreatmentScope scope) {
        Map<Long, Set<PhaseChange>> phaseChanges = new HashMap<>();
        Map<Long, Set<ExpectedSessions>> expected = new HashMap<>();
        Map<Long, Set<TreatmentShare>> shares = new HashMap<>();
        Map<Long, Client> clients = new HashMap<>();
        List<Treatment> found = jdbc.query("""
                SELECT t.*, c.practice_id AS client_practice_id, c.reference AS client_reference,
                    c.display_name AS client_display_name, c.birth_year AS client_birth_year,
                    c.gp_name AS client_gp_name, c.gp_practice AS client_gp_practice,
                    c.created_at AS client_created_at, c.version AS client_version
                FROM treatment t JOIN client c ON c.id = t.client_id WHERE %s ORDER BY t.id""".formatted(scope.condition()), scope.parameters(), (rs, number) -> {
            long id = rs.getLong("id");
            long clientId = rs.getLong("client_id");
            clients.computeIfAbsent(clientId, k -> client(rs, clientId, "client_"));
            return Treatment.read(
                    rs,
                    phaseChanges.computeIfAbsent(id, k -> new HashSet<>()),
                    expected.computeIfAbsent(id, k -> new HashSet<>()),
                    shares.computeIfAbsent(id, k -> new HashSet<>()));
        });
        if (found.isEmpty()) {
            return new Found(found, scope, clients);
        }
        TreatmentScope rest = found.size() <= BY_IDS_UP_TO
                ? TreatmentScope.ids(found.stream().map(Treatment::getId).toList())
                : scope;
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
                FROM treatment t JOIN treatment_share s ON s.treatment_id = t.id WHERE %1$s""".formatted(condition), rest.parameters(), rs -> {
            long id = rs.getLong("treatment_id");
            if (!phaseChanges.containsKey(id)) {
                return; // a treatment changed between the two statements: read as it was in the first
            }
            switch (rs.getString("part_kind")) {
                case "P" ->
                    phaseChanges
                            .get(id)
                            .add(new PhaseChange(
                                    rs.getObject("part_date", LocalDate.class),
                                    Phase.valueOf(rs.getString("part_name")),
                                    rs.getString("part_text"),
                                    rs.getObject("part_number", Long.class),
                                    rs.getInt("part_sequence")));
                case "E" ->
                    Objects.requireNonNull(expected.get(id), "put with its phase changes")
                            .add(new ExpectedSessions(
                                    rs.getObject("part_date", LocalDate.class),
                                    rs.getInt("part_number"),
                                    rs.getInt("part_sequence"),
                                    ExpectedSessionsOrigin.valueOf(rs.getString("part_name"))));
                default ->
                    Objects.requireNonNull(shares.get(id), "put with its phase changes")
                            .add(new TreatmentShare(rs.getLong("part_number")));
            }
        });
        return new Found(found, rest, clients);
    }

    /** The clients of the treatments in scope, by id. */
    Map<Long, Client> clientsOf(TreatmentScope scope) {
        Map<Long, Client> clients = new HashMap<>();
        jdbc.query("""
                SELECT c.id, c.practice_id, c.reference, c.display_name, c.birth_year, c.gp_name,
                    c.gp_practice, c.created_at, c.version
                FROM treatment t JOIN client c ON c.id = t.client_id WHERE %s""".formatted(scope.condition()), scope.parameters(), rs -> {
            long id = rs.getLong("id");
            clients.put(id, client(rs, id, ""));
        });
        return clients;
    }

    /** A client from a row whose client columns have the given prefix. */
    private static Client client(java.sql.ResultSet rs, long id, String prefix) {
        try {
            return Client.read(
                    id,
                    rs.getLong(prefix + "practice_id"),
                    rs.getString(prefix + "reference"),
                    rs.getString(prefix + "display_name"),
                    rs.getObject(prefix + "birth_year", Integer.class),
                    rs.getString(prefix + "gp_name"),
                    rs.getString(prefix + "gp_practice"),
                    rs.getTimestamp(prefix + "created_at").toInstant(),
                    rs.getObject(prefix + "version", Integer.class));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per treatment its sessions, and its discussions, each in date order. */
    record SessionsAndDiscussions(
            Map<Long, List<TreatmentSession>> sessions, Map<Long, List<Discussion>> discussions) {}

    /** The sessions and the discussions of the treatments in scope: one query. */
    SessionsAndDiscussions sessionsAndDiscussionsOf(TreatmentScope scope) {
        Map<Long, List<TreatmentSession>> sessions = new HashMap<>();
        Map<Long, List<Discussion>> discussions = new HashMap<>();
        jdbc.query("""
                SELECT 'S' AS part_kind, s.id, s.treatment_id, s.session_date AS part_date, s.kind,
                       s.attended, NULL AS note, s.recorded_at
                FROM treatment t JOIN treatment_session s ON s.treatment_id = t.id WHERE %1$s
                UNION ALL
                SELECT 'D', d.id, d.treatment_id, d.discussed_on, d.kind, NULL, d.note, d.recorded_at
                FROM treatment t JOIN discussion d ON d.treatment_id = t.id WHERE %1$s
                ORDER BY part_kind, treatment_id, part_date, id""".formatted(scope.condition()), scope.parameters(), rs -> {
            long treatment = rs.getLong("treatment_id");
            LocalDate date = rs.getObject("part_date", LocalDate.class);
            if ("S".equals(rs.getString("part_kind"))) {
                sessions.computeIfAbsent(treatment, k -> new ArrayList<>())
                        .add(TreatmentSession.read(
                                rs.getLong("id"),
                                treatment,
                                date,
                                SessionKind.valueOf(rs.getString("kind")),
                                rs.getBoolean("attended"),
                                rs.getTimestamp("recorded_at").toInstant()));
            } else {
                discussions
                        .computeIfAbsent(treatment, k -> new ArrayList<>())
                        .add(Discussion.read(
                                rs.getLong("id"),
                                treatment,
                                date,
                                DiscussionKind.valueOf(rs.getString("kind")),
                                rs.getString("note"),
                                rs.getTimestamp("recorded_at").toInstant()));
            }
        });
        return new SessionsAndDiscussions(sessions, discussions);
    }

    /** Per treatment, its goals in the order they were added, each with its status history: one query. */
    Map<Long, List<Goal>> goalsOf(TreatmentScope scope) {
        Map<Long, List<Goal>> goals = new HashMap<>();
        Map<Long, Set<GoalStatusChange>> changes = new HashMap<>();
        jdbc.query("""
                SELECT g.id, g.treatment_id, g.description, g.criterion, g.added_on, g.status, g.version,
                       c.changed_on AS change_on, c.status AS change_status, c.sequence_number AS change_sequence
                FROM treatment t JOIN goal g ON g.treatment_id = t.id
                LEFT JOIN goal_status_change c ON c.goal_id = g.id
                WHERE %s ORDER BY g.treatment_id, g.added_on, g.id""".formatted(scope.condition()), scope.parameters(), rs -> {
            long id = rs.getLong("id");
            Set<GoalStatusChange> own = changes.get(id);
            if (own == null) {
                own = new HashSet<>();
                changes.put(id, own);
                goals.computeIfAbsent(rs.getLong("treatment_id"), k -> new ArrayList<>())
                        .add(Goal.read(
                                id,
                                rs.getLong("treatment_id"),
                                rs.getString("description"),
                                rs.getString("criterion"),
                                rs.getObject("added_on", LocalDate.class),
                                GoalStatus.valueOf(rs.getString("status")),
                                rs.getInt("version"),
                                own));
            }
            LocalDate changedOn = rs.getObject("change_on", LocalDate.class);
            if (changedOn != null) {
                own.add(new GoalStatusChange(
                        changedOn, GoalStatus.valueOf(rs.getString("change_status")), rs.getInt("change_sequence")));
            }
        });
        return goals;
    }
}
