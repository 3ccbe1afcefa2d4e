package nl.afsluitwijzer.intervision;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case discussion keeps its anonymous content when a client's record is destroyed, but loses its treatment link. */
@Component
class CaseDiscussionErasure {

    private final JdbcClient jdbc;

    CaseDiscussionErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        jdbc.sql("UPDATE case_discussion SET treatment_id = NULL WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
