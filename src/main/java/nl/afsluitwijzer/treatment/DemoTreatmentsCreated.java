package nl.afsluitwijzer.treatment;

import java.util.Map;

/**
 * Raised once, inside the demo set-up's transaction, after the demo treatments were saved; other modules add
 * their demo data to them (keyed by the client reference of {@code demo/treatments.json}, such as DW-0972).
 */
public record DemoTreatmentsCreated(Long practiceId, Map<String, Long> treatmentIdsByReference) {

    public DemoTreatmentsCreated {
        treatmentIdsByReference = Map.copyOf(treatmentIdsByReference);
    }
}
