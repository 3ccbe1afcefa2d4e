package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.KnowledgeBase;
import nl.afsluitwijzer.intervision.LessonSource;
import nl.afsluitwijzer.intervision.Norm3Theme;

/** A lesson for the knowledge base; from a summary page it also names the session it came from. */
record LessonForm(@NotNull Norm3Theme theme, @NotBlank @Size(max = KnowledgeBase.LESSON_LENGTH) String content,
        LessonSource sourceType, Long sourceId) {

    static LessonForm from(LessonSource sourceType, Long sourceId) {
        return new LessonForm(Norm3Theme.TIMELY_CLOSING, "", sourceType, sourceId);
    }
}
