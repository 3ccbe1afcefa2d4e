package nl.afsluitwijzer.portal.internal;

/** What a client link can do now; only VALID links open the questionnaires. */
public enum LinkStatus {
    VALID,
    USED,
    EXPIRED,
    REVOKED,
    UNKNOWN
}
