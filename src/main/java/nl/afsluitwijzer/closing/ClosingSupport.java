package nl.afsluitwijzer.closing;

/** A row of closing_support: one support option of the plan. */
record ClosingSupport(SupportOption code) {}
