package nl.afsluitwijzer.treatment;

import java.util.List;
import java.util.Map;

/**
 * Raised once, inside the demo set-up's transaction, after the demo treatments were saved; other modules add
 * their demo data to them (keyed by the client reference of {@code demo/treatments.json}, such as DW-0972): the
 * evaluation module records the planned evaluations, which already set E on the treatments.
 */
public record DemoTreatmentsCreated(
        Long practiceId,
        Map<String, Long> treatmentIdsByReference,
        Map<String, List<DemoEvaluation>> evaluationsByReference) {

    public DemoTreatmentsCreated {
        treatmentIdsByReference = Map.copyOf(treatmentIdsByReference);
        evaluationsByReference = Map.copyOf(evaluationsByReference);
    }
}
