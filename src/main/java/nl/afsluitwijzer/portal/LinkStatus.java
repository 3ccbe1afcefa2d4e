package nl.afsluitwijzer.portal;

/** What a client link can do now; only VALID links open the questionnaires. */
public enum LinkStatus {
    VALID,
    USED,
    EXPIRED,
    REVOKED,
    UNKNOWN
}
