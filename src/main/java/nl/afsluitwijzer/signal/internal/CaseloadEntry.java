package nl.afsluitwijzer.signal.internal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;

/**
 * A row of a caseload as of a day: the treatment (client, phase, registration and start, therapist), n, E and the
 * halfway session, weeks running, the latest primary total and its reliable-change outcome since the first, and the
 * signals, most urgent first (acknowledged ones included, marked). Read from the stored signal state of today, or
 * made from the engine's answer ({@link #of}): the same row either way.
 */
public record CaseloadEntry(
        long treatmentId,
        String clientReference,
        String clientName,
        Phase phase,
        LocalDate registrationDate,
        @Nullable LocalDate startDate,
        Long therapistId,
        int attendedSessions,
        @Nullable Integer expectedSessions,
        @Nullable Integer halfwaySession,
        @Nullable Long weeksRunning,
        @Nullable Integer latestScore,
        @Nullable Classification outcome,
        List<Signal> signals) {

    public CaseloadEntry {
        signals = List.copyOf(signals);
    }

    /** The row of a treatment the engine evaluated as of the day. */
    public static CaseloadEntry of(TreatmentSignals result, LocalDate asOf) {
        TreatmentFile file = result.file();
        return new CaseloadEntry(
                file.id(),
                file.client().getReference(),
                file.client().getDisplayName(),
                file.treatment().getPhase(),
                file.treatment().getRegistrationDate(),
                file.treatment().getStartDate(),
                file.treatment().getTherapistId(),
                file.attendedSessions(asOf),
                file.treatment().expectedSessions().orElse(null),
                file.treatment().halfwaySession().orElse(null),
                file.weeksRunning(asOf).orElse(null),
                result.latestScore(),
                result.outcome(),
                result.signals());
    }
}
