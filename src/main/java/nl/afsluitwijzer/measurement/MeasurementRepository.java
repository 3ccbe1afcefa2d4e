package nl.afsluitwijzer.measurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The measurement table: rows are written once and never changed. */
@Repository
class MeasurementRepository {

    private static final String COLUMNS = "id, treatment_id, instrument, measured_on, total, band, answers, goal_id,"
            + " source, recorded_by, recorded_at";
    private static final String QUALIFIED_COLUMNS = "m.id, m.treatment_id, m.instrument, m.measured_on, m.total,"
            + " m.band, m.answers, m.goal_id, m.source, m.recorded_by, m.recorded_at";

    private final JdbcClient jdbc;

    MeasurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MeasurementRecord insert(MeasurementRecord m) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO measurement (treatment_id, instrument, measured_on, total, band, answers, goal_id, source,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        m.treatmentId(),
                        m.instrument(),
                        m.date(),
                        m.total(),
                        m.band(),
                        answersText(m.answers()),
                        m.goalId(),
                        m.source().name(),
                        m.recordedBy(),
                        Timestamp.from(m.recordedAt())))
                .update(key, "id");
        return m.withId(Objects.requireNonNull(key.getKeyAs(Number.class), "the generated id")
                .longValue());
    }

    /** The measurements of these treatments by treatment id, in one query, each list oldest first. */
    Map<Long, List<MeasurementRecord>> findByTreatmentIds(Collection<Long> treatmentIds) {
        if (treatmentIds.isEmpty()) {
            return Map.of();
        }
        List<MeasurementRecord> found = jdbc.sql("SELECT " + COLUMNS + " FROM measurement"
                        + " WHERE treatment_id IN (:ids) ORDER BY treatment_id, measured_on, recorded_at, id")
                .param("ids", List.copyOf(treatmentIds))
                .query((row, number) -> map(row))
                .list();
        return found.stream()
                .collect(Collectors.groupingBy(
                        MeasurementRecord::treatmentId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** The measurements of the treatments in scope by treatment id, in one joined query, each list oldest first. */
    Map<Long, List<MeasurementRecord>> findIn(TreatmentScope scope) {
        List<MeasurementRecord> found = jdbc.sql("SELECT " + QUALIFIED_COLUMNS
                        + " FROM treatment t JOIN measurement m ON m.treatment_id = t.id WHERE " + scope.condition()
                        + " ORDER BY m.treatment_id, m.measured_on, m.recorded_at, m.id")
                .params(scope.parameters())
                .query((row, number) -> map(row))
                .list();
        return found.stream()
                .collect(Collectors.groupingBy(
                        MeasurementRecord::treatmentId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    private static MeasurementRecord map(ResultSet row) throws SQLException {
        return new MeasurementRecord(
                row.getLong("id"),
                row.getLong("treatment_id"),
                row.getString("instrument"),
                row.getDate("measured_on").toLocalDate(),
                row.getInt("total"),
                row.getString("band"),
                answers(row.getString("answers")),
                row.getObject("goal_id", Long.class),
                MeasurementSource.valueOf(row.getString("source")),
                row.getObject("recorded_by", Long.class),
                row.getTimestamp("recorded_at").toInstant());
    }

    private static @Nullable String answersText(List<Integer> answers) {
        return answers.isEmpty() ? null : answers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> answers(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
