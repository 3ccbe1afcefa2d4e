package nl.afsluitwijzer.closing.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.closing.LetterKind;

/** The checklist for closing with a reason: each item and whether it is done. */
public record Checklist(ClosingReason reason, List<Check> checks) {

    /** One item and whether it is done. */
    public record Check(ChecklistItem item, boolean done) {}

    public Checklist {
        checks = List.copyOf(checks);
    }

    public Set<ChecklistItem> missing() {
        return checks.stream().filter(c -> !c.done()).map(Check::item).collect(Collectors.toUnmodifiableSet());
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** What careful closing asks for with the reason, against what the plan, the letters and measurements show. */
    public static Checklist of(
            ClosingReason reason, ClosingPlan plan, Handover handover, Set<LetterKind> letters, boolean endMeasured) {
        List<Check> checks = reason.checklist().stream()
                .map(item -> new Check(item, done(item, plan, handover, letters, endMeasured)))
                .toList();
        return new Checklist(reason, checks);
    }

    private static boolean done(
            ChecklistItem item, ClosingPlan plan, Handover handover, Set<LetterKind> letters, boolean endMeasured) {
        return switch (item) {
            case END_MEASUREMENT -> endMeasured;
            case KEEP_RESULT_PLAN -> plan.hasKeepResultPlan();
            case RETURN_GUARANTEE -> plan.isReturnGuaranteeDiscussed();
            case GP_LETTER -> letters.contains(LetterKind.GP);
            case HANDOVER_TO -> filled(handover.to());
            case HANDOVER_ORGANISATION -> filled(handover.organisation());
            case HANDOVER_JOINT_CONVERSATION -> handover.jointConversation();
            case HANDOVER_WRITTEN -> handover.written() || letters.contains(LetterKind.HANDOVER);
            case HANDOVER_ORAL -> handover.oral();
        };
    }

    private static boolean filled(@org.jspecify.annotations.Nullable String text) {
        return text != null && !text.isBlank();
    }
}
