package nl.afsluitwijzer.audit.internal;

import java.util.List;

/**
 * A page of the access log, newest first: its entries, which page (from 1) of how many rows, and how many entries
 * match, counted up to {@link #COUNTED_UP_TO} and one more (a longer count says "more than").
 */
public record AuditPage(List<AuditEntry> entries, long counted, int page, int size) {

    /** Counting stops here: the log only grows, and a count of millions is no help to a reader. */
    public static final long COUNTED_UP_TO = 10_000;

    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** Whether more entries match than were counted. */
    public boolean moreThanCounted() {
        return counted > COUNTED_UP_TO;
    }

    /** The number of entries to page through: the count, at most {@link #COUNTED_UP_TO}. */
    public long total() {
        return Math.min(counted, COUNTED_UP_TO);
    }
}
