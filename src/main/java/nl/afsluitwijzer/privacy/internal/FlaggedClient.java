package nl.afsluitwijzer.privacy.internal;

import java.time.LocalDate;

/** A client whose record is past its retention term, as the retention job flagged it. */
public record FlaggedClient(Long clientId, String reference, LocalDate lastEnd, LocalDate flaggedOn) {}
