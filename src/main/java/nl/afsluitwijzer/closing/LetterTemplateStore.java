package nl.afsluitwijzer.closing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import nl.afsluitwijzer.closing.internal.EditableTemplate;
import nl.afsluitwijzer.closing.internal.Letterhead;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice's letter templates and letterhead; a template without a row is the default shipped in resources. */
@Repository
class LetterTemplateStore {

    private final JdbcClient jdbc;

    LetterTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The practice's own template, if it has one. */
    Optional<EditableTemplate> custom(Long practiceId, LetterKind kind) {
        return jdbc.sql("SELECT body, version FROM letter_template WHERE practice_id = ? AND kind = ?")
                .params(practiceId, kind.name())
                .query((rs, row) -> new EditableTemplate(kind, rs.getString(1), rs.getInt(2), true))
                .optional();
    }

    /** The template in use: the practice's own or the default. */
    EditableTemplate current(Long practiceId, LetterKind kind) {
        return custom(practiceId, kind).orElseGet(() -> new EditableTemplate(kind, defaultBody(kind), null, false));
    }

    static String defaultBody(LetterKind kind) {
        try {
            return new ClassPathResource(kind.defaultTemplate()).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the template; refused when someone saved another version in between. */
    void save(Long practiceId, LetterKind kind, String body, @Nullable Integer version, Long userId, Instant now) {
        Timestamp at = Timestamp.from(now);
        int changed = version == null
                ? jdbc.sql("""
                        INSERT INTO letter_template (practice_id, kind, body, updated_at, updated_by, version)
                        SELECT ?, ?, ?, ?, ?, 0 WHERE NOT EXISTS
                            (SELECT 1 FROM letter_template WHERE practice_id = ? AND kind = ?)""")
                        .params(practiceId, kind.name(), body, at, userId, practiceId, kind.name())
                        .update()
                : jdbc.sql("""
                        UPDATE letter_template SET body = ?, updated_at = ?, updated_by = ?, version = version + 1
                        WHERE practice_id = ? AND kind = ? AND version = ?""")
                        .params(body, at, userId, practiceId, kind.name(), version)
                        .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("letter template " + kind + " changed");
        }
    }

    void reset(Long practiceId, LetterKind kind) {
        jdbc.sql("DELETE FROM letter_template WHERE practice_id = ? AND kind = ?")
                .params(practiceId, kind.name())
                .update();
    }

    Letterhead letterhead(Long practiceId) {
        return jdbc.sql("SELECT text, version FROM letterhead WHERE practice_id = ?")
                .param(practiceId)
                .query((rs, row) -> new Letterhead(rs.getString(1), rs.getInt(2)))
                .optional()
                .orElse(new Letterhead("", null));
    }

    void saveLetterhead(Long practiceId, String text, @Nullable Integer version, Instant now) {
        Timestamp at = Timestamp.from(now);
        int changed = version == null
                ? jdbc.sql("""
                        INSERT INTO letterhead (practice_id, text, updated_at, version) SELECT ?, ?, ?, 0
                        WHERE NOT EXISTS (SELECT 1 FROM letterhead WHERE practice_id = ?)""").params(practiceId, text, at, practiceId).update()
                : jdbc.sql("UPDATE letterhead SET text = ?, updated_at = ?, version = version + 1 "
                                + "WHERE practice_id = ? AND version = ?")
                        .params(text, at, practiceId, version)
                        .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("letterhead changed");
        }
    }
}
