package nl.afsluitwijzer.signal.internal;

import java.util.List;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.treatment.Phase;
import org.jspecify.annotations.Nullable;

/**
 * A row of the caseload API: the treatment, its client's reference and phase, n and E as of the day asked, and its
 * signals on that day, most urgent first (acknowledged ones included, marked).
 */
public record CaseloadEntry(
        long treatmentId,
        String clientReference,
        Phase phase,
        int attendedSessions,
        @Nullable Integer expectedSessions,
        List<Signal> signals) {

    public CaseloadEntry {
        signals = List.copyOf(signals);
    }
}
