package nl.afsluitwijzer.signal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload order each user last chose, kept across sign-ins: a column name and a direction, as the caseload page
 * names them. A view preference; when two tabs choose at once, the last choice wins.
 */
@Service
public class CaseloadSortPreferences {

    /** A remembered order: the column's parameter value and whether it runs descending. */
    public record Preference(String column, boolean descending) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseloadSortPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Preference> of(Long userId) {
        return jdbc.sql("SELECT sort_column, descending FROM caseload_sort_preference WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> new Preference(rs.getString(1), rs.getBoolean(2)))
                .optional();
    }

    /** Each statement on its own (no transaction), so a lost race to insert leaves the update to try. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void remember(Long userId, Preference preference) {
        Timestamp now = Timestamp.from(clock.instant());
        if (update(userId, preference, now) == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO caseload_sort_preference (user_id, sort_column, descending, updated_at)
                        VALUES (?, ?, ?, ?)""")
                        .params(userId, preference.column(), preference.descending(), now)
                        .update();
            } catch (DuplicateKeyException chosenInAnotherTab) {
                update(userId, preference, now);
            }
        }
    }

    private int update(Long userId, Preference preference, Timestamp now) {
        return jdbc.sql("""
                UPDATE caseload_sort_preference SET sort_column = ?, descending = ?, updated_at = ?
                WHERE user_id = ?""")
                .params(preference.column(), preference.descending(), now, userId)
                .update();
    }
}
