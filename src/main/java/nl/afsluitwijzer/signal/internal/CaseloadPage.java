package nl.afsluitwijzer.signal.internal;

import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.shared.Pager;
import nl.afsluitwijzer.signal.Severity;

/**
 * A page of a caseload with what the page around it needs: the rows of the page with their signals (in the page's
 * order), how many rows all pages hold, and, for the caseload page, the treatments with an open risk item and the
 * first of the waiting list (each at most a page), the number waiting, and the counts per severity and of open
 * treatments over the whole caseload (the filter chips).
 */
public record CaseloadPage(
        List<CaseloadEntry> rows,
        long total,
        int page,
        int size,
        List<CaseloadEntry> risks,
        List<CaseloadEntry> waiting,
        long waitingTotal,
        Map<Severity, Long> counts,
        long openCount) {

    public CaseloadPage {
        rows = List.copyOf(rows);
        risks = List.copyOf(risks);
        waiting = List.copyOf(waiting);
        counts = Map.copyOf(counts);
    }

    /** The number of pages, at least 1. */
    public int pages() {
        return Pager.pages(total, size);
    }

    /** The position of the page's first row from 1, 0 on an empty page. */
    public long first() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }
}
