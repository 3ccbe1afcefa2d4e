package nl.afsluitwijzer.intervision;

/** The caps that keep one participant (or a script) from flooding a workshop. */
public final class ContributionLimits {

    public static final int CARDS_PER_PARTICIPANT = 20;
    public static final int DOTS_PER_PARTICIPANT = 3;
    public static final int PARTICIPANTS_PER_WORKSHOP = 150;
    public static final int CARD_LENGTH = 200;
    public static final int PLEDGE_LENGTH = 300;

    private ContributionLimits() {}
}
