package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the signal module itself recorded of the treatments in a scope, for the engine: their acknowledgements and
 * their risk assessments, by treatment id, in one joined query whatever their number.
 */
@Component
class SignalRecords {

    /** The acknowledgements and the risk assessments, each by treatment id. */
    record Recorded(
            Map<Long, List<TreatmentHistory.Acknowledgement>> acknowledgements,
            Map<Long, List<TreatmentHistory.RiskAssessment>> assessments) {}

    private final JdbcClient jdbc;

    SignalRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Recorded of(TreatmentScope scope) {
        Map<Long, List<TreatmentHistory.Acknowledgement>> acknowledgements = new HashMap<>();
        Map<Long, List<TreatmentHistory.RiskAssessment>> assessments = new HashMap<>();
        jdbc.sql("""
                SELECT 'A' AS part_kind, a.treatment_id, a.acknowledged_on AS part_date, a.code AS part_code,
                       a.fingerprint AS part_text
                FROM treatment t JOIN signal_acknowledgement a ON a.treatment_id = t.id WHERE %1$s
                UNION ALL
                SELECT 'R', r.treatment_id, r.assessed_on, r.outcome, NULL
                FROM treatment t JOIN signal_risk_assessment r ON r.treatment_id = t.id WHERE %1$s""".formatted(scope.condition())).params(scope.parameters()).query(rs -> {
            long treatment = rs.getLong("treatment_id");
            LocalDate date = rs.getObject("part_date", LocalDate.class);
            if ("A".equals(rs.getString("part_kind"))) {
                acknowledgements
                        .computeIfAbsent(treatment, k -> new ArrayList<>())
                        .add(new TreatmentHistory.Acknowledgement(
                                date, SignalCode.valueOf(rs.getString("part_code")), rs.getString("part_text")));
            } else {
                assessments
                        .computeIfAbsent(treatment, k -> new ArrayList<>())
                        .add(new TreatmentHistory.RiskAssessment(date, rs.getString("part_code")));
            }
        });
        return new Recorded(acknowledgements, assessments);
    }
}
