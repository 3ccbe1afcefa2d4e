package nl.afsluitwijzer.closing;

import java.util.List;
import nl.afsluitwijzer.treatment.Phase;

/** Why a treatment ends (flyer 002: goal reached, no further improvement to expect, or handed over). */
public enum ClosingReason {
    GOAL_REACHED,
    NO_FURTHER_IMPROVEMENT,
    TRANSFERRED,
    CLIENT_STOPPED,
    OTHER;

    /** The phase the treatment moves to. */
    public Phase targetPhase() {
        return switch (this) {
            case TRANSFERRED -> Phase.TRANSFERRED;
            case CLIENT_STOPPED -> Phase.DROPPED_OUT;
            default -> Phase.CLOSED;
        };
    }

    /** What careful closing asks for with this reason; what is not done must be explained. */
    public List<ChecklistItem> checklist() {
        return switch (this) {
            case TRANSFERRED ->
                List.of(
                        ChecklistItem.END_MEASUREMENT,
                        ChecklistItem.GP_LETTER,
                        ChecklistItem.HANDOVER_TO,
                        ChecklistItem.HANDOVER_ORGANISATION,
                        ChecklistItem.HANDOVER_JOINT_CONVERSATION,
                        ChecklistItem.HANDOVER_WRITTEN,
                        ChecklistItem.HANDOVER_ORAL);
            case CLIENT_STOPPED -> List.of(ChecklistItem.END_MEASUREMENT, ChecklistItem.GP_LETTER);
            default ->
                List.of(
                        ChecklistItem.END_MEASUREMENT,
                        ChecklistItem.KEEP_RESULT_PLAN,
                        ChecklistItem.RETURN_GUARANTEE,
                        ChecklistItem.GP_LETTER);
        };
    }
}
