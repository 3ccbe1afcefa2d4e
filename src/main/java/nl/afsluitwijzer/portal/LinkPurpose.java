package nl.afsluitwijzer.portal;

/** What a client link collects. */
public enum LinkPurpose {
    /** Validated questionnaires (PHQ-9, GAD-7, …). */
    QUESTIONNAIRES,
    /** In the closing phase: Wat heb ik geleerd, a letter to the future self, and "Wil je nog een volgende afspraak?". */
    CLOSING,
    /** At any moment of the treatment: only "Wil je nog een volgende afspraak?", on one screen. */
    NEXT_APPOINTMENT
}
