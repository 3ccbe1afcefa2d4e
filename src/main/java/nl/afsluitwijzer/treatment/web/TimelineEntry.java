package nl.afsluitwijzer.treatment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.treatment.Discussion;
import nl.afsluitwijzer.treatment.ExpectedSessions;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatusChange;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;

/**
 * One line of the treatment's timeline, newest first (on one day the last recorded first): a date, a message key for what happened, its label key (a phase,
 * kind or status) and a free text (goal, note, reason) that the template escapes.
 */
public record TimelineEntry(
        LocalDate date,
        String kind,
        @Nullable String labelKey,
        @Nullable String text,
        boolean missed) {

    static List<TimelineEntry> of(TreatmentFile file) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (TreatmentSession s : file.sessions()) {
            entries.add(new TimelineEntry(
                    s.getSessionDate(), "session", "session.kind." + s.getKind(), null, !s.isAttended()));
        }
        for (Goal g : file.goals()) {
            entries.add(new TimelineEntry(g.getAddedOn(), "goal", null, g.getDescription(), false));
            for (GoalStatusChange c : g.statusHistory()) {
                entries.add(new TimelineEntry(
                        c.changedOn(), "goal-status", "goal.status." + c.status(), g.getDescription(), false));
            }
        }
        for (Discussion d : file.discussions()) {
            entries.add(new TimelineEntry(
                    d.getDiscussedOn(), "discussion", "discussion.kind." + d.getKind(), d.getNote(), false));
        }
        for (PhaseChange p : file.treatment().phaseHistory()) {
            entries.add(new TimelineEntry(p.changedOn(), "phase", "phase." + p.phase(), p.reason(), false));
        }
        int previous = 0;
        for (ExpectedSessions e : file.treatment().expectedSessionsHistory()) {
            String kind = expectedKind(e, previous);
            entries.add(new TimelineEntry(
                    e.effectiveDate(),
                    kind.equals("EXTENDED") ? "extension" : "expected",
                    "timeline.expected." + kind,
                    String.valueOf(e.sessions()),
                    false));
            previous = e.sessions();
        }
        java.util.Collections.reverse(entries);
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }

    /** AGREED, CORRECTED, LOWERED, or at an evaluation EXTENDED (raised) or LOWERED; a former form change CHANGED. */
    private static String expectedKind(ExpectedSessions e, int previous) {
        return switch (e.origin()) {
            case AGREED -> "AGREED";
            case CORRECTED -> "CORRECTED";
            case LOWERED -> "LOWERED";
            case EVALUATION -> e.sessions() > previous ? "EXTENDED" : "LOWERED";
            case AGREEMENTS_FORM -> "CHANGED";
        };
    }
}
