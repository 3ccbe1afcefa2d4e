package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a treatment was closed through the closing checklist: the reason, the day, the checklist items that were
 * missing then (in checklist order) and the reason given for closing without them (null when nothing was missing).
 */
public record ClosingRecord(
        long treatmentId,
        LocalDate closedOn,
        ClosingReason reason,
        List<ChecklistItem> missingItems,
        @Nullable String missingReason) {

    public ClosingRecord {
        missingItems = List.copyOf(missingItems);
    }

    public boolean checklistComplete() {
        return missingItems.isEmpty();
    }
}
