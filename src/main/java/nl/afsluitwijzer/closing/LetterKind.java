package nl.afsluitwijzer.closing;

/** The letters of the closing phase, each from its own editable template. */
public enum LetterKind {
    CLIENT,
    GP,
    HANDOVER;

    /** The default template shipped in resources. */
    String defaultTemplate() {
        return "letters/" + name().toLowerCase(java.util.Locale.ROOT) + ".html";
    }
}
