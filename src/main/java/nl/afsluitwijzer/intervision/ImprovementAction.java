package nl.afsluitwijzer.intervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One improvement the practice recorded in intervision, on the day of its session: a working principle chosen in
 * a workshop, a pledge, an action option or insight of a case discussion, or a lesson in the knowledge base.
 *
 * @param code the {@link PledgeKind} of a pledge, the {@link SystemLevel} of an action option, the
 *        {@link Norm3Theme} of a lesson; null for the other kinds
 */
public record ImprovementAction(
        LocalDate date, Kind kind, @Nullable String code, String content) {

    /** Where in intervision it was recorded. */
    public enum Kind {
        WORKING_PRINCIPLE,
        PLEDGE,
        ACTION_OPTION,
        INSIGHT,
        LESSON
    }
}
