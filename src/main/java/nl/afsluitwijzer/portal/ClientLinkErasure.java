package nl.afsluitwijzer.portal;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the client links (hashes and metadata) of a client whose record is destroyed. */
@Component
class ClientLinkErasure {

    private final JdbcClient jdbc;

    ClientLinkErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        jdbc.sql("DELETE FROM client_link WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
    }
}
