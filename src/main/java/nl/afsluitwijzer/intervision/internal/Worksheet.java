package nl.afsluitwijzer.intervision.internal;

import java.util.List;
import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;

/** The worksheet of one case discussion: factors and action options per level, and the insights. */
public record Worksheet(List<WorksheetEntry> entries, List<Insight> insights) {

    public Worksheet {
        entries = List.copyOf(entries);
        insights = List.copyOf(insights);
    }

    public List<WorksheetEntry> factors(SystemLevel level) {
        return of(WorksheetEntryKind.FACTOR, level);
    }

    public List<WorksheetEntry> actions(SystemLevel level) {
        return of(WorksheetEntryKind.ACTION, level);
    }

    private List<WorksheetEntry> of(WorksheetEntryKind kind, SystemLevel level) {
        return entries.stream()
                .filter(entry -> entry.kind() == kind && entry.systemLevel() == level)
                .toList();
    }
}
