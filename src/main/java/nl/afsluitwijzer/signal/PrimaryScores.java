package nl.afsluitwijzer.signal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/** The totals on each treatment's primary instrument, read for many treatments in one query. */
@Component
class PrimaryScores {

    private final Measurements measurements;

    PrimaryScores(Measurements measurements) {
        this.measurements = measurements;
    }

    Map<Long, List<TreatmentHistory.Measurement>> forTreatments(List<TreatmentFile> files) {
        Map<Long, String> primary = files.stream().filter(f -> f.treatment().getPrimaryInstrument() != null)
                .collect(Collectors.toMap(TreatmentFile::id, f -> f.treatment().getPrimaryInstrument(),
                        (a, b) -> a));
        if (primary.isEmpty()) {
            return Map.of();
        }
        return measurements.forTreatments(primary.keySet()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .filter(m -> m.instrument().equals(primary.get(entry.getKey())) && m.goalId() == null)
                        .map(PrimaryScores::measurement).toList()));
    }

    private static TreatmentHistory.Measurement measurement(MeasurementRecord record) {
        return new TreatmentHistory.Measurement(record.date(), record.total());
    }

}
