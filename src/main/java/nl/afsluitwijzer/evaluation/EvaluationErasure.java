package nl.afsluitwijzer.evaluation;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the evaluations, goal scores, extension reasons and answers to the support questions of a client whose
 * record is destroyed.
 */
@Component
class EvaluationErasure {

    private final JdbcClient jdbc;

    EvaluationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        for (String child : List.of("goal_score", "extension_reason_code", "evaluation_support_question")) {
            jdbc.sql("DELETE FROM " + child
                            + " WHERE evaluation_id IN (SELECT id FROM evaluation WHERE treatment_id IN (:ids))")
                    .param("ids", ids)
                    .update();
        }
        jdbc.sql("DELETE FROM evaluation WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
