package nl.afsluitwijzer.intervision.internal;

import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;

/** A factor (step 2) or an action option (step 4) on the worksheet, on one of the three levels. */
public record WorksheetEntry(Long id, WorksheetEntryKind kind, SystemLevel systemLevel, String content) {}
