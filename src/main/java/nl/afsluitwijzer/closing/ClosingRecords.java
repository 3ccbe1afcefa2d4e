package nl.afsluitwijzer.closing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How treatments were closed, for figures over many treatments at once (the practice indicators): one query for
 * all of them. No access check and no audit entry here: the caller has already been allowed to see the treatments
 * and logs what it does with them.
 */
@Service
@Transactional(readOnly = true)
public class ClosingRecords {

    private final JdbcClient jdbc;

    ClosingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The closing records of the treatments in scope that were closed through the checklist, by treatment id: one
     * joined query whatever their number.
     */
    public Map<Long, ClosingRecord> of(TreatmentScope scope) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.treatment_id, p.closed_on, p.closing_reason, p.missing_reason, m.item
                FROM treatment t JOIN closing_plan p ON p.treatment_id = t.id
                LEFT JOIN closing_missing_item m ON m.closing_plan_id = p.id
                WHERE p.closed_on IS NOT NULL AND p.closing_reason IS NOT NULL AND\s""" + scope.condition() + " ORDER BY p.treatment_id")
                .params(scope.parameters())
                .query((ResultSet rs) -> read(rs, rows));
        Map<Long, ClosingRecord> records = new LinkedHashMap<>();
        rows.forEach((id, row) -> records.put(id, row.toRecord()));
        return records;
    }

    private static void read(ResultSet rs, Map<Long, Row> rows) throws SQLException {
        long id = rs.getLong("treatment_id");
        Row row = rows.get(id);
        if (row == null) {
            row = new Row(
                    id,
                    rs.getDate("closed_on").toLocalDate(),
                    ClosingReason.valueOf(rs.getString("closing_reason")),
                    rs.getString("missing_reason"),
                    new ArrayList<>());
            rows.put(id, row);
        }
        String item = rs.getString("item");
        if (item != null) {
            row.missing().add(ChecklistItem.valueOf(item));
        }
    }

    /** One treatment's record while its missing items are being collected. */
    private record Row(
            long treatmentId,
            LocalDate closedOn,
            ClosingReason reason,
            @Nullable String missingReason,
            List<ChecklistItem> missing) {

        ClosingRecord toRecord() {
            return new ClosingRecord(
                    treatmentId,
                    closedOn,
                    reason,
                    missing.stream().sorted().toList(),
                    missing.isEmpty() ? null : missingReason);
        }
    }
}
