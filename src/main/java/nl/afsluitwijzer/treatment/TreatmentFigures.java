package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the practice's figures (the insight module) need of the treatments in a {@link TreatmentScope}, as plain rows:
 * one projection per table joined to the scope and streamed, never the aggregates with their whole history, so the
 * figures of a period read only the treatments the period touches. No access check and no audit here: the caller
 * (the manager's figures) does both.
 */
@Component
public class TreatmentFigures {

    private static final List<String> COUNTING_KINDS = Arrays.stream(SessionKind.values())
            .filter(SessionKind::counts)
            .map(SessionKind::name)
            .toList();

    private final NamedParameterJdbcTemplate jdbc;

    TreatmentFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One treatment's own values for the figures.
     *
     * @param firstAgreedExpected E as first agreed (with the corrections of that day), or null when never agreed
     * @param closingStarted the day its closing phase began (the first change to CLOSING), or null
     */
    public record Row(
            long id,
            long therapistId,
            Phase phase,
            LocalDate registrationDate,
            @Nullable LocalDate intakeDate,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String primaryInstrument,
            String clientReference,
            @Nullable Integer firstAgreedExpected,
            @Nullable LocalDate closingStarted) {}

    /** The treatments in scope in id order: three queries (treatments with their client, E entries, phase changes). */
    public List<Row> treatments(TreatmentScope scope) {
        Map<Long, List<ExpectedSessions>> expected = new HashMap<>();
        jdbc.query("""
                SELECT e.treatment_id, e.effective_date, e.sessions, e.sequence_number, e.origin
                FROM treatment t JOIN expected_sessions e ON e.treatment_id = t.id
                WHERE %s ORDER BY e.treatment_id, e.sequence_number""".formatted(scope.condition()), scope.parameters(), rs -> {
            expected.computeIfAbsent(rs.getLong("treatment_id"), id -> new ArrayList<>())
                    .add(new ExpectedSessions(
                            rs.getObject("effective_date", LocalDate.class),
                            rs.getInt("sessions"),
                            rs.getInt("sequence_number"),
                            ExpectedSessionsOrigin.valueOf(rs.getString("origin"))));
        });
        Map<Long, LocalDate> closingStarted = new HashMap<>();
        jdbc.query("""
                SELECT p.treatment_id, p.changed_on FROM treatment t JOIN phase_change p ON p.treatment_id = t.id
                WHERE p.phase = :closingPhase AND %s ORDER BY p.treatment_id, p.sequence_number""".formatted(scope.condition()), with(scope, "closingPhase", Phase.CLOSING.name()), rs -> {
            closingStarted.putIfAbsent(rs.getLong("treatment_id"), rs.getObject("changed_on", LocalDate.class));
        });
        return jdbc.query("""
                SELECT t.id, t.therapist_id, t.phase, t.registration_date, t.intake_date, t.start_date, t.end_date,
                    t.primary_instrument, c.reference
                FROM treatment t JOIN client c ON c.id = t.client_id WHERE %s ORDER BY t.id""".formatted(scope.condition()), scope.parameters(), (rs, number) -> {
            long id = rs.getLong("id");
            return new Row(
                    id,
                    rs.getLong("therapist_id"),
                    Phase.valueOf(rs.getString("phase")),
                    rs.getObject("registration_date", LocalDate.class),
                    rs.getObject("intake_date", LocalDate.class),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    rs.getString("primary_instrument"),
                    rs.getString("reference"),
                    ExpectedSessions.firstAgreed(expected.getOrDefault(id, List.of()))
                            .orElse(null),
                    closingStarted.get(id));
        });
    }

    /** Per treatment in scope, the dates of its sessions that count towards n (attended, of a counting kind), ascending. */
    public Map<Long, List<LocalDate>> countedSessions(TreatmentScope scope) {
        Map<Long, List<LocalDate>> sessions = new HashMap<>();
        jdbc.query("""
                SELECT s.treatment_id, s.session_date FROM treatment t JOIN treatment_session s ON s.treatment_id = t.id
                WHERE s.attended = TRUE AND s.kind IN (:countingKinds) AND %s
                ORDER BY s.treatment_id, s.session_date""".formatted(scope.condition()), with(scope, "countingKinds", COUNTING_KINDS), rs -> {
            sessions.computeIfAbsent(rs.getLong("treatment_id"), id -> new ArrayList<>())
                    .add(rs.getObject("session_date", LocalDate.class));
        });
        return sessions;
    }

    /** The therapists who treat or treated any treatment of the practice, by id. */
    public SortedSet<Long> therapistsOf(Long practiceId) {
        return new TreeSet<>(jdbc.queryForList(
                "SELECT DISTINCT therapist_id FROM treatment WHERE practice_id = :p",
                Map.of("p", practiceId),
                Long.class));
    }

    private static Map<String, Object> with(TreatmentScope scope, String name, Object value) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put(name, value);
        return parameters;
    }
}
