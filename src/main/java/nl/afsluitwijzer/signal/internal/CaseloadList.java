package nl.afsluitwijzer.signal.internal;

import java.util.List;
import nl.afsluitwijzer.shared.Pager;

/** A page of the caseload API: its rows in the page's order, how many all pages hold, which page of what size. */
public record CaseloadList(List<CaseloadEntry> entries, long total, int page, int size) {

    public CaseloadList {
        entries = List.copyOf(entries);
    }

    /** The number of pages, at least 1. */
    public int pages() {
        return Pager.pages(total, size);
    }
}
