package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.treatment.TreatmentFile;

/** A treatment with its signals as of a date, most urgent first. */
public record TreatmentSignals(TreatmentFile file, LocalDate asOf, List<Signal> signals) {

    public long count(Severity severity) {
        return signals.stream().filter(s -> !s.acknowledged() && s.severity() == severity).count();
    }

    /** The most urgent unacknowledged severity, or null when all is quiet. */
    public Severity mostUrgent() {
        return signals.stream().filter(s -> !s.acknowledged()).map(Signal::severity)
                .min(Severity.MOST_URGENT_FIRST).orElse(null);
    }

    public boolean has(SignalCode code) {
        return signals.stream().anyMatch(s -> s.code() == code);
    }
}
