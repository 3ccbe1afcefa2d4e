package nl.afsluitwijzer.closing;

/** A row of closing_missing_item: a checklist item that was not done when the treatment was closed. */
record ClosingMissingItem(ChecklistItem item) {}
