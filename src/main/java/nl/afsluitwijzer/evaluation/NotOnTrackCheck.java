package nl.afsluitwijzer.evaluation;

import java.time.LocalDate;
import java.util.Optional;
import nl.afsluitwijzer.treatment.TreatmentFile;

/**
 * Whether the signal NOT_ON_TRACK fires on a treatment on a date (acknowledged by hand or not), so that an
 * evaluation of that date acknowledges it and may record the answers to the support questions. Implemented by the
 * signal module, which depends on this one; the caller has already opened the file (no access check, no audit).
 */
public interface NotOnTrackCheck {

    Optional<OffTrack> firesOn(TreatmentFile file, LocalDate date);

    /** The numbers of the signal: expected around {@code expected} at session {@code session}, now {@code latest}. */
    record OffTrack(double expected, int session, int latest) {}
}
