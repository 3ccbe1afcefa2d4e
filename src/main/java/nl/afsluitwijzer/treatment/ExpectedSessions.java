package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/** E as agreed on a date: the first entry is the original agreement, later ones are extensions. */
public record ExpectedSessions(LocalDate effectiveDate, int sessions, int sequenceNumber) {
}
