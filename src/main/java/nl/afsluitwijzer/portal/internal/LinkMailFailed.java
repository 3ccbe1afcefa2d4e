package nl.afsluitwijzer.portal.internal;

/** The mail with a client link could not be sent; the link itself stays valid and is shown to copy. */
public class LinkMailFailed extends RuntimeException {

    public LinkMailFailed(Exception cause) {
        super("the client link could not be mailed", cause);
    }
}
