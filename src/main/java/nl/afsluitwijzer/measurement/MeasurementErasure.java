package nl.afsluitwijzer.measurement;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the measurements (with their item answers) of a client whose record is destroyed. */
@Component
class MeasurementErasure {

    private final JdbcClient jdbc;

    MeasurementErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        jdbc.sql("DELETE FROM measurement WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
