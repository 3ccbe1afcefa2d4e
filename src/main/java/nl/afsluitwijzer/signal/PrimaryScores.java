package nl.afsluitwijzer.signal;

import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/** The totals on each treatment's primary instrument, read for many treatments at once. */
@Component
class PrimaryScores {

    Map<Long, List<TreatmentHistory.Measurement>> forTreatments(List<TreatmentFile> files) {
        return Map.of();
    }
}
