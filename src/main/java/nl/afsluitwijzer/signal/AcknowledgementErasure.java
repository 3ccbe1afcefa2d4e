package nl.afsluitwijzer.signal;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the signal acknowledgements and risk assessments of a client whose record is destroyed. */
@Component
class AcknowledgementErasure {

    private final JdbcClient jdbc;

    AcknowledgementErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        jdbc.sql("DELETE FROM signal_acknowledgement WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM signal_risk_assessment WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
