package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the practice's figures (the insight module) need of the measurements of the treatments in a
 * {@link TreatmentScope}: the totals on each treatment's primary instrument, read as plain rows in one query joined to
 * the scope (no answers, no goal ratings, no other instruments). No access check and no audit here: the caller does
 * both.
 */
@Component
public class MeasurementFigures {

    private final NamedParameterJdbcTemplate jdbc;

    MeasurementFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per treatment in scope, its totals on its primary instrument that belong to no goal, oldest first (by date,
     * then as recorded); none for a treatment without a primary instrument.
     */
    public Map<Long, List<DatedScore>> primaryScores(TreatmentScope scope) {
        Map<Long, List<DatedScore>> scores = new HashMap<>();
        jdbc.query("""
                SELECT m.treatment_id, m.measured_on, m.total
                FROM treatment t JOIN measurement m ON m.treatment_id = t.id AND m.instrument = t.primary_instrument
                WHERE m.goal_id IS NULL AND (%s) ORDER BY m.treatment_id, m.measured_on, m.recorded_at, m.id""".formatted(scope.condition()), scope.parameters(), rs -> {
            scores.computeIfAbsent(rs.getLong("treatment_id"), id -> new ArrayList<>())
                    .add(new DatedScore(rs.getObject("measured_on", LocalDate.class), rs.getInt("total")));
        });
        return scores;
    }
}
