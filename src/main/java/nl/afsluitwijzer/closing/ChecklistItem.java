package nl.afsluitwijzer.closing;

/** One thing careful closing asks for; the warm hand-over items apply to a transfer only. */
public enum ChecklistItem {
    END_MEASUREMENT,
    KEEP_RESULT_PLAN,
    RETURN_GUARANTEE,
    GP_LETTER,
    HANDOVER_TO,
    HANDOVER_ORGANISATION,
    HANDOVER_JOINT_CONVERSATION,
    HANDOVER_WRITTEN,
    HANDOVER_ORAL;

    public boolean isHandover() {
        return name().startsWith("HANDOVER_");
    }
}
