package nl.afsluitwijzer.intervision;

/** Belemmerende factoren (step 2) or handelingsopties (step 4). */
public enum WorksheetEntryKind {
    FACTOR,
    ACTION
}
