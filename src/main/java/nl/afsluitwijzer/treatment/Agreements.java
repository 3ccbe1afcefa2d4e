package nl.afsluitwijzer.treatment;

import org.jspecify.annotations.Nullable;

/**
 * The behandelafspraken: the client's own estimate first, then the therapist's, then the agreed number;
 * closing discussed at the start as a positive aim; the instrument that measures progress.
 */
public record Agreements(
        @Nullable Integer clientEstimateSessions,
        @Nullable Integer therapistEstimateSessions,
        int expectedSessions,
        boolean closingDiscussedAtStart,
        boolean complex,
        @Nullable String primaryInstrument,
        String helpQuestion,
        @Nullable String scopeNote) {}
