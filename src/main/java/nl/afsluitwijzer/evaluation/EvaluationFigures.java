package nl.afsluitwijzer.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the practice's figures (the insight module) need of the evaluations of the treatments in a
 * {@link TreatmentScope}: their dates and, for an extension, its coded reasons, read as plain rows in one query
 * joined to the scope (no goal scores, notes or plans). No access check and no audit here: the caller does both.
 */
@Component
public class EvaluationFigures {

    private final NamedParameterJdbcTemplate jdbc;

    EvaluationFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One evaluation as the figures see it.
     *
     * @param therapistId the therapist of its treatment
     * @param extension whether it raised E ({@link Evaluation#isExtension()})
     * @param reasons the coded reasons of an extension, in their declared order
     */
    public record Row(
            long treatmentId, long therapistId, LocalDate date, boolean extension, List<ExtensionReason> reasons) {

        public Row {
            reasons = List.copyOf(reasons);
        }
    }

    /** Per treatment in scope, all its evaluations oldest first (by date, then as recorded). */
    public Map<Long, List<Row>> of(TreatmentScope scope) {
        Map<Long, List<Row>> byTreatment = new HashMap<>();
        read(scope, "", Map.of())
                .forEach(row -> byTreatment
                        .computeIfAbsent(row.treatmentId(), id -> new ArrayList<>())
                        .add(row));
        return byTreatment;
    }

    /**
     * The extensions of the treatments in scope dated in the period (both days included), by treatment id, then
     * oldest first: what the extension figures of the period count, whatever else happened to the treatment.
     */
    public List<Row> extensionsBetween(TreatmentScope scope, LocalDate from, LocalDate to) {
        return read(
                        scope,
                        " AND e.new_expected_sessions IS NOT NULL AND e.evaluated_on BETWEEN :evaluatedFrom AND"
                                + " :evaluatedTo",
                        Map.of("evaluatedFrom", from, "evaluatedTo", to))
                .stream()
                .filter(Row::extension)
                .toList();
    }

    private List<Row> read(TreatmentScope scope, String more, Map<String, Object> moreParameters) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.putAll(moreParameters);
        Map<Long, Pending> evaluations = new LinkedHashMap<>();
        jdbc.query("""
                SELECT e.id, e.treatment_id, t.therapist_id, e.evaluated_on, e.previous_expected_sessions,
                    e.new_expected_sessions, r.code
                FROM treatment t JOIN evaluation e ON e.treatment_id = t.id
                LEFT JOIN extension_reason_code r ON r.evaluation_id = e.id
                WHERE (%s)%s ORDER BY e.treatment_id, e.evaluated_on, e.id""".formatted(scope.condition(), more), parameters, (ResultSet rs) -> {
            add(rs, evaluations);
        });
        return evaluations.values().stream().map(Pending::row).toList();
    }

    private static void add(ResultSet rs, Map<Long, Pending> evaluations) throws SQLException {
        Pending pending = evaluations.get(rs.getLong("id"));
        if (pending == null) {
            pending = new Pending(
                    rs.getLong("treatment_id"),
                    rs.getLong("therapist_id"),
                    rs.getObject("evaluated_on", LocalDate.class),
                    Evaluation.isExtension(
                            rs.getObject("new_expected_sessions", Integer.class),
                            rs.getObject("previous_expected_sessions", Integer.class)),
                    EnumSet.noneOf(ExtensionReason.class));
            evaluations.put(rs.getLong("id"), pending);
        }
        String code = rs.getString("code");
        if (code != null) {
            pending.reasons().add(ExtensionReason.valueOf(code));
        }
    }

    private record Pending(
            long treatmentId, long therapistId, LocalDate date, boolean extension, Set<ExtensionReason> reasons) {

        Row row() {
            return new Row(treatmentId, therapistId, date, extension, List.copyOf(reasons));
        }
    }
}
