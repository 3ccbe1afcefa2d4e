package nl.afsluitwijzer.closing.internal;

/** How the closing is marked (003 §3: a letter to yourself; 002: brief, ritueel, terugblik). */
public enum ClosingRitual {
    LETTER_TO_SELF,
    LOOK_BACK,
    OTHER
}
