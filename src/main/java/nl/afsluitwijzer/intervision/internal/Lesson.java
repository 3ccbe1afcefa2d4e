package nl.afsluitwijzer.intervision.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A lesson of the practice itself, on one Norm 3 theme, optionally learned in a session. */
public record Lesson(
        Long id,
        Norm3Theme theme,
        String content,
        String author,
        Instant createdAt,
        @Nullable LessonSource sourceType,
        @Nullable Long sourceId) {}
