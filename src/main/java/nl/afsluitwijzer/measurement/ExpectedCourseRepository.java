package nl.afsluitwijzer.measurement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.internal.FittedCourse;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The practice's closed treatments as (baseline, session, score) points, streamed from one SQL projection, and the
 * stored courses (table expected_course, one row per practice and instrument).
 */
@Repository
class ExpectedCourseRepository {

    /** Rows fetched per round trip: the points stream, a big practice is never held in memory. */
    private static final int FETCH_SIZE = 1000;
    /**
     * Per closed treatment, its series on the primary instrument (goal ratings excluded) with each measurement's
     * treatment session k (counted sessions on or before its date) and its place in the series; the baseline is the
     * first, kept only when k ≤ 1; every later measurement at k ≥ 1 is a point.
     */
    private static final String POINTS = """
            WITH series AS (
                SELECT m.treatment_id, m.instrument, m.total,
                    (SELECT COUNT(*) FROM treatment_session s WHERE s.treatment_id = m.treatment_id
                        AND s.attended = TRUE AND s.kind IN ('TREATMENT', 'EVALUATION', 'CLOSING')
                        AND s.session_date <= m.measured_on) AS session_index,
                    ROW_NUMBER() OVER (PARTITION BY m.treatment_id
                        ORDER BY m.measured_on, m.recorded_at, m.id) AS position
                FROM treatment t JOIN measurement m ON m.treatment_id = t.id
                WHERE t.practice_id = ? AND t.phase = 'CLOSED' AND m.instrument = t.primary_instrument
                    AND m.goal_id IS NULL)
            SELECT later.instrument, later.treatment_id, base.total AS baseline, later.session_index, later.total
            FROM series base JOIN series later ON later.treatment_id = base.treatment_id AND later.position > 1
            WHERE base.position = 1 AND base.session_index <= 1 AND later.session_index >= 1
            ORDER BY later.instrument, later.treatment_id, later.position""";

    /** One point of the projection. */
    interface PointSink {
        void accept(String instrument, long treatmentId, int baseline, int session, int score);
    }

    /** A stored course: the fit is null when it was below the minimum or could not be fitted. */
    record Stored(
            String instrument,
            Instant computedAt,
            int treatments,
            @Nullable FittedCourse fit) {}

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    ExpectedCourseRepository(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /**
     * Streams every point of the practice's closed treatments, grouped by instrument and then treatment, each
     * treatment's points in the order of its series (the last is the treatment's last measurement).
     */
    void points(long practiceId, PointSink sink) {
        template.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(POINTS);
                    statement.setFetchSize(FETCH_SIZE);
                    statement.setLong(1, practiceId);
                    return statement;
                },
                (ResultSet row) ->
                        sink.accept(row.getString(1), row.getLong(2), row.getInt(3), row.getInt(4), row.getInt(5)));
    }

    /** The practices with treatments, for the nightly run. */
    List<Long> practices() {
        return jdbc.sql("SELECT DISTINCT practice_id FROM treatment ORDER BY practice_id")
                .query(Long.class)
                .list();
    }

    void replace(long practiceId, List<Stored> courses) {
        jdbc.sql("DELETE FROM expected_course WHERE practice_id = ?")
                .param(practiceId)
                .update();
        for (Stored course : courses) {
            FittedCourse fit = course.fit();
            jdbc.sql("""
                    INSERT INTO expected_course (practice_id, instrument, computed_at, treatments, observations,
                        learned, intercept, baseline_weight, log_weight, session_weight, residual_sd)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(new Object[] {
                        practiceId,
                        course.instrument(),
                        Timestamp.from(course.computedAt()),
                        course.treatments(),
                        fit == null ? 0 : fit.observations(),
                        fit != null,
                        fit == null ? null : fit.intercept(),
                        fit == null ? null : fit.baselineWeight(),
                        fit == null ? null : fit.logWeight(),
                        fit == null ? null : fit.sessionWeight(),
                        fit == null ? null : fit.residualSd()
                    })
                    .update();
        }
    }

    Map<String, Stored> find(long practiceId) {
        Map<String, Stored> found = new HashMap<>();
        jdbc.sql("SELECT * FROM expected_course WHERE practice_id = ?")
                .param(practiceId)
                .query((row, number) -> map(row))
                .list()
                .forEach(stored -> found.put(stored.instrument(), stored));
        return found;
    }

    private static Stored map(ResultSet row) throws SQLException {
        FittedCourse fit = row.getBoolean("learned")
                ? new FittedCourse(
                        row.getDouble("intercept"),
                        row.getDouble("baseline_weight"),
                        row.getDouble("log_weight"),
                        row.getDouble("session_weight"),
                        row.getDouble("residual_sd"),
                        row.getInt("observations"))
                : null;
        return new Stored(
                row.getString("instrument"),
                row.getTimestamp("computed_at").toInstant(),
                row.getInt("treatments"),
                fit);
    }
}
