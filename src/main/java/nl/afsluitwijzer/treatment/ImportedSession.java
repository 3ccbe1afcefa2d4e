package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/**
 * One session read from an agenda export (interop reads the file): the client reference as the EHR writes it, the
 * date, whether the client came and its kind. {@code line} is the line of the file it came from, for the preview.
 */
public record ImportedSession(int line, String clientReference, LocalDate date, boolean attended, SessionKind kind) {}
