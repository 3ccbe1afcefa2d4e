package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * E as agreed on a date: the first entry is the original agreement; later ones are corrections on that day,
 * extensions and lowerings at an evaluation, or lowerings through the agreements form ({@code origin}).
 */
public record ExpectedSessions(
        LocalDate effectiveDate, int sessions, int sequenceNumber, ExpectedSessionsOrigin origin) {

    /**
     * E as first agreed, with the corrections of that day: the last of the leading AGREED and CORRECTED entries of a
     * history in sequence order; empty when it does not start with one.
     */
    static Optional<Integer> firstAgreed(List<ExpectedSessions> history) {
        return history.stream()
                .takeWhile(e ->
                        e.origin() == ExpectedSessionsOrigin.AGREED || e.origin() == ExpectedSessionsOrigin.CORRECTED)
                .reduce((a, b) -> b)
                .map(ExpectedSessions::sessions);
    }
}
