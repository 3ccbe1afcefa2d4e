package nl.afsluitwijzer.audit;

/** What was done with the data (NEN 7513 speaks of the kind of access). */
public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    PRINT,
    LOGIN,
    LOGOUT,
    ACCESS_DENIED,
    /** A user opened (linked to) a client's file they may not see, giving a reason (break the glass). */
    BREAK_GLASS,
    /**
     * A value that otherwise changes only with a recorded reason was corrected on the day it was entered (E on the
     * day the agreements were set).
     */
    CORRECTION
}
