package nl.afsluitwijzer.intervision.internal;

/** What became of a participant's vote, card, dot or pledge. */
public enum ContributionOutcome {
    ACCEPTED,
    /** Already given: a second vote, pledge or dot on the same card is refused; the first one counts. */
    ALREADY_GIVEN,
    /** The cap is reached: 20 cards or 3 dots per participant. */
    LIMIT_REACHED,
    /** The card does not exist in this session, or may not get a dot. */
    NOT_ALLOWED
}
