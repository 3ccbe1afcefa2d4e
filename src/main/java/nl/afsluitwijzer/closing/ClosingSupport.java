package nl.afsluitwijzer.closing;

import nl.afsluitwijzer.closing.internal.SupportOption;

/** A row of closing_support: one support option of the plan. */
record ClosingSupport(SupportOption code) {}
