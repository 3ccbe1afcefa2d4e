package nl.afsluitwijzer.closing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The generated letters of treatments, kept as PDF; access is checked by the callers. */
@Repository
class LetterArchive {

    private static final String COLUMNS = "id, treatment_id, kind, generated_on, generated_at, generated_by, file_name";

    private final JdbcClient jdbc;

    LetterArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredLetter store(StoredLetter letter, byte[] content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO closing_letter (treatment_id, kind, generated_on, generated_at, generated_by, file_name,
                    content) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        letter.treatmentId(),
                        letter.kind().name(),
                        Date.valueOf(letter.generatedOn()),
                        Timestamp.from(letter.generatedAt()),
                        letter.generatedBy(),
                        letter.fileName(),
                        content)
                .update(key, "id");
        Long id = Objects.requireNonNull(key.getKeyAs(Number.class), "the generated id")
                .longValue();
        return new StoredLetter(
                id,
                letter.treatmentId(),
                letter.kind(),
                letter.generatedOn(),
                letter.generatedAt(),
                letter.generatedBy(),
                letter.fileName());
    }

    /** The letters of a treatment, newest first. */
    List<StoredLetter> of(Long treatmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM closing_letter WHERE treatment_id = ? "
                        + "ORDER BY generated_at DESC, id DESC")
                .param(treatmentId)
                .query(LetterArchive::letter)
                .list();
    }

    Set<LetterKind> kindsOf(Long treatmentId) {
        Set<LetterKind> kinds = EnumSet.noneOf(LetterKind.class);
        jdbc.sql("SELECT DISTINCT kind FROM closing_letter WHERE treatment_id = ?")
                .param(treatmentId)
                .query(String.class)
                .list()
                .forEach(kind -> kinds.add(LetterKind.valueOf(kind)));
        return kinds;
    }

    Optional<StoredLetter> find(Long treatmentId, Long letterId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM closing_letter WHERE treatment_id = ? AND id = ?")
                .params(treatmentId, letterId)
                .query(LetterArchive::letter)
                .optional();
    }

    byte[] content(Long letterId) {
        return jdbc.sql("SELECT content FROM closing_letter WHERE id = ?")
                .param(letterId)
                .query((rs, row) -> rs.getBytes(1))
                .single();
    }

    private static StoredLetter letter(ResultSet rs, int row) throws SQLException {
        return new StoredLetter(
                rs.getLong("id"),
                rs.getLong("treatment_id"),
                LetterKind.valueOf(rs.getString("kind")),
                rs.getDate("generated_on").toLocalDate(),
                rs.getTimestamp("generated_at").toInstant(),
                rs.getLong("generated_by"),
                rs.getString("file_name"));
    }
}
