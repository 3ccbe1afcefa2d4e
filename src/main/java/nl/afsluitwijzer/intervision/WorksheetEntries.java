package nl.afsluitwijzer.intervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import nl.afsluitwijzer.intervision.internal.Insight;
import nl.afsluitwijzer.intervision.internal.Worksheet;
import nl.afsluitwijzer.intervision.internal.WorksheetEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores the factors, action options and insights of case discussions. */
@Component
class WorksheetEntries {

    private final JdbcClient jdbc;

    WorksheetEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Worksheet of(Long discussionId) {
        var entries =
                jdbc.sql("""
                SELECT id, kind, system_level, content FROM case_worksheet_entry WHERE case_discussion_id = ?
                ORDER BY id""").param(discussionId).query(WorksheetEntry.class).list();
        var insights = jdbc.sql(
                        "SELECT id, participant, content FROM case_insight WHERE case_discussion_id = ? ORDER BY id")
                .param(discussionId)
                .query(Insight.class)
                .list();
        return new Worksheet(entries, insights);
    }

    void add(Long discussionId, WorksheetEntryKind kind, SystemLevel level, String content, Instant now) {
        jdbc.sql("""
                INSERT INTO case_worksheet_entry (case_discussion_id, kind, system_level, content, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(discussionId, kind.name(), level.name(), content, Timestamp.from(now))
                .update();
    }

    void remove(Long discussionId, Long entryId) {
        jdbc.sql("DELETE FROM case_worksheet_entry WHERE id = ? AND case_discussion_id = ?")
                .params(entryId, discussionId)
                .update();
    }

    void addInsight(Long discussionId, @Nullable String participant, String content, Instant now) {
        jdbc.sql("INSERT INTO case_insight (case_discussion_id, participant, content, created_at) VALUES (?, ?, ?, ?)")
                .params(Arrays.asList(discussionId, participant, content, Timestamp.from(now)))
                .update();
    }
}
