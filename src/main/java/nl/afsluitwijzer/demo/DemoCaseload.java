package nl.afsluitwijzer.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo treatments as written, keyed by the client reference of {@code demo/treatments.json} (such as DW-0972):
 * the other demo steps add their data to them; the evaluations are those planned for each treatment, which already
 * set E on it.
 */
record DemoCaseload(
        Long practiceId,
        Map<String, Long> treatmentIdsByReference,
        Map<String, List<DemoEvaluation>> evaluationsByReference) {

    DemoCaseload {
        treatmentIdsByReference = Map.copyOf(treatmentIdsByReference);
        evaluationsByReference = Map.copyOf(evaluationsByReference);
    }
}
