package nl.afsluitwijzer.intervision.internal;

/** Prepared (not yet discussed), running (in the meeting) or finished (read-only, with a summary). */
public enum CaseDiscussionStatus {
    PREPARED,
    RUNNING,
    FINISHED
}
