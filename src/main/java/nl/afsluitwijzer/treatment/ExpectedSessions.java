package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/**
 * E as agreed on a date: the first entry is the original agreement; later ones are corrections on that day,
 * extensions and lowerings at an evaluation, or lowerings through the agreements form ({@code origin}).
 */
public record ExpectedSessions(LocalDate effectiveDate, int sessions, int sequenceNumber,
        ExpectedSessionsOrigin origin) {
}
