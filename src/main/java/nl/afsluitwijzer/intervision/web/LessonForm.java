package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.KnowledgeBase;
import nl.afsluitwijzer.intervision.internal.LessonSource;
import nl.afsluitwijzer.intervision.internal.Norm3Theme;
import org.jspecify.annotations.Nullable;

/** A lesson for the knowledge base; from a summary page it also names the session it came from. */
record LessonForm(
        @NotNull Norm3Theme theme,
        @NotBlank @Size(max = KnowledgeBase.LESSON_LENGTH) String content,
        @Nullable LessonSource sourceType,
        @Nullable Long sourceId) {

    static LessonForm from(@Nullable LessonSource sourceType, @Nullable Long sourceId) {
        return new LessonForm(Norm3Theme.TIMELY_CLOSING, "", sourceType, sourceId);
    }
}
