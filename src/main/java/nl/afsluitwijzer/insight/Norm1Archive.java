package nl.afsluitwijzer.insight;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.insight.internal.Norm1Narrative;
import nl.afsluitwijzer.insight.internal.Norm1Report;
import nl.afsluitwijzer.insight.internal.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The kept Norm 1 reports and the practice's narrative for them; access is checked by {@link Norm1Reports}. */
@Repository
class Norm1Archive {

    private static final String COLUMNS = "id, period_from, period_to, generated_at, generated_by, file_name";

    private final JdbcClient jdbc;

    Norm1Archive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Norm1Report store(Long practiceId, Period period, Instant at, Long by, String fileName, byte[] content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO insight_norm1_report (practice_id, period_from, period_to, generated_at, generated_by,
                    file_name, content) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        practiceId,
                        Date.valueOf(period.from()),
                        Date.valueOf(period.to()),
                        Timestamp.from(at),
                        by,
                        fileName,
                        content)
                .update(key, "id");
        return new Norm1Report(
                Objects.requireNonNull(key.getKeyAs(Number.class), "the generated id")
                        .longValue(),
                period,
                at,
                by,
                fileName);
    }

    /** The practice's reports, newest first. */
    List<Norm1Report> of(Long practiceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM insight_norm1_report WHERE practice_id = ? "
                        + "ORDER BY generated_at DESC, id DESC")
                .param(practiceId)
                .query(Norm1Archive::report)
                .list();
    }

    Optional<Norm1Report> find(Long practiceId, Long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM insight_norm1_report WHERE practice_id = ? AND id = ?")
                .params(practiceId, id)
                .query(Norm1Archive::report)
                .optional();
    }

    byte[] content(Long id) {
        return jdbc.sql("SELECT content FROM insight_norm1_report WHERE id = ?")
                .param(id)
                .query((rs, row) -> rs.getBytes(1))
                .single();
    }

    Norm1Narrative narrative(Long practiceId) {
        return jdbc.sql("SELECT narrative, version FROM insight_norm1_narrative WHERE practice_id = ?")
                .param(practiceId)
                .query((rs, row) -> new Norm1Narrative(rs.getString(1), rs.getInt(2)))
                .optional()
                .orElse(new Norm1Narrative(null, null));
    }

    /** Saves over the version that was edited (null: none saved yet); a stale version is refused. */
    Norm1Narrative saveNarrative(Long practiceId, String text, @Nullable Integer version, Long by, Instant at) {
        if (version == null) {
            try {
                jdbc.sql("""
                        INSERT INTO insight_norm1_narrative (practice_id, narrative, updated_at, updated_by, version)
                        VALUES (?, ?, ?, ?, 0)""").params(practiceId, text, Timestamp.from(at), by).update();
            } catch (DuplicateKeyException e) {
                throw new OptimisticLockingFailureException("narrative of practice " + practiceId + " was saved", e);
            }
            return new Norm1Narrative(text, 0);
        }
        int updated = jdbc.sql("""
                UPDATE insight_norm1_narrative SET narrative = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE practice_id = ? AND version = ?""")
                .params(text, Timestamp.from(at), by, practiceId, version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("narrative of practice " + practiceId + " changed");
        }
        return new Norm1Narrative(text, version + 1);
    }

    private static Norm1Report report(ResultSet rs, int row) throws SQLException {
        return new Norm1Report(
                rs.getLong("id"),
                new Period(
                        rs.getDate("period_from").toLocalDate(),
                        rs.getDate("period_to").toLocalDate()),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getLong("generated_by"),
                rs.getString("file_name"));
    }
}
