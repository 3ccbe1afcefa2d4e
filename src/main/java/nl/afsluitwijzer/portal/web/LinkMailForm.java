package nl.afsluitwijzer.portal.web;

/** The mail part of the link form: the client's address (empty: do not mail) and whether to keep it. */
record LinkMailForm(String mailTo, Boolean keepAddress) {

    /** An unchecked box sends nothing, so the choice is null rather than false. */
    boolean keep() {
        return Boolean.TRUE.equals(keepAddress);
    }

    boolean wanted() {
        return mailTo != null && !mailTo.isBlank();
    }
}
