package nl.afsluitwijzer.closing;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the closing plans, the client's closing answers and the kept letters of a client whose record is destroyed. */
@Component
class ClosingErasure {

    private final JdbcClient jdbc;

    ClosingErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        for (String child : List.of("fading_out_session", "closing_support", "closing_missing_item")) {
            jdbc.sql("DELETE FROM " + child
                            + " WHERE closing_plan_id IN (SELECT id FROM closing_plan WHERE treatment_id IN (:ids))")
                    .param("ids", ids)
                    .update();
        }
        for (String table : List.of("closing_plan", "closing_client_answers", "closing_letter")) {
            jdbc.sql("DELETE FROM " + table + " WHERE treatment_id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
    }
}
