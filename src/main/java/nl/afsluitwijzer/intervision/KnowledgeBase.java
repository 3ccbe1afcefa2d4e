package nl.afsluitwijzer.intervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.intervision.internal.Lesson;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserNames;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The practice's own lessons per Norm 3 theme, added after a session or on their own. */
@Service
public class KnowledgeBase {

    public static final int LESSON_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final UserNames names;
    private final Workshops workshops;
    private final CaseDiscussions discussions;
    private final Clock clock;

    KnowledgeBase(JdbcClient jdbc, Workshops workshops, CaseDiscussions discussions, UserNames names, Clock clock) {
        this.jdbc = jdbc;
        this.names = names;
        this.workshops = workshops;
        this.discussions = discussions;
        this.clock = clock;
    }

    /** Every theme with the practice's lessons on it, newest first. */
    public Map<Norm3Theme, List<Lesson>> lessonsByTheme(CurrentUser user) {
        List<LessonRow> rows =
                jdbc.sql("""
                SELECT id, theme, content, author_id, created_at, source_type, source_id
                FROM intervision_lesson WHERE practice_id = ? ORDER BY created_at DESC, id DESC""").param(user.practiceId()).query(LessonRow.class).list();
        Map<Long, String> authors =
                names.of(rows.stream().map(LessonRow::authorId).toList());
        List<Lesson> lessons = rows.stream()
                .map(row -> row.lesson(authors.getOrDefault(row.authorId(), "")))
                .toList();
        Map<Norm3Theme, List<Lesson>> byTheme = new EnumMap<>(Norm3Theme.class);
        for (Norm3Theme theme : Norm3Theme.values()) {
            byTheme.put(
                    theme,
                    lessons.stream().filter(lesson -> lesson.theme() == theme).toList());
        }
        return byTheme;
    }

    /** Adds a lesson; a source must be a session of the user's own practice (else "not found"). */
    public void addLesson(
            CurrentUser author,
            Norm3Theme theme,
            String content,
            @Nullable LessonSource source,
            @Nullable Long sourceId) {
        if (source != null && sourceId == null) {
            throw DomainException.refused("intervision.lesson.source-missing");
        }
        if (source == LessonSource.WORKSHOP && sourceId != null) {
            workshops.find(author, sourceId);
        } else if (source == LessonSource.CASE_DISCUSSION && sourceId != null) {
            discussions.find(author, sourceId);
        }
        jdbc.sql("""
                INSERT INTO intervision_lesson (practice_id, theme, content, author_id, created_at, source_type, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        author.practiceId(),
                        theme.name(),
                        FreeText.oneLine(content, LESSON_LENGTH),
                        author.id(),
                        Timestamp.from(clock.instant()),
                        source == null ? null : source.name(),
                        source == null ? null : sourceId))
                .update();
    }

    /** A stored lesson with its author's id; the name comes from the practice module. */
    record LessonRow(
            Long id,
            Norm3Theme theme,
            String content,
            Long authorId,
            Instant createdAt,
            @Nullable LessonSource sourceType,
            @Nullable Long sourceId) {

        Lesson lesson(String author) {
            return new Lesson(id, theme, content, author, createdAt, sourceType, sourceId);
        }
    }
}
