package nl.afsluitwijzer.treatment;

/**
 * The behandelafspraken: the client's own estimate first, then the therapist's, then the agreed number;
 * closing discussed at the start as a positive aim; the instrument that measures progress.
 */
public record Agreements(Integer clientEstimateSessions, Integer therapistEstimateSessions, int expectedSessions,
        boolean closingDiscussedAtStart, boolean complex, String primaryInstrument, String helpQuestion,
        String scopeNote) {
}
