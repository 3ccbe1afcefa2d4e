package nl.afsluitwijzer.insight;

import java.util.Map;
import nl.afsluitwijzer.treatment.TreatmentFile;

/**
 * The indicators of a period with, for the whole practice, the same per therapist, and the files of the
 * practice's treatments by id so that a page can list the treatments behind a figure.
 */
public record IndicatorReport(Indicators indicators, Map<Long, Indicators> byTherapist,
        Map<Long, TreatmentFile> files) {
}
