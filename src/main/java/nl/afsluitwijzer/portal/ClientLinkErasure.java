package nl.afsluitwijzer.portal;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientErasure;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deletes the client links (hashes and metadata), their mails and the client's kept address on destruction. */
@Component
class ClientLinkErasure {

    private final JdbcClient jdbc;

    ClientLinkErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ClientErasure erasure) {
        List<Long> ids = erasure.treatmentIds();
        jdbc.sql("""
                DELETE FROM client_link_mail
                WHERE link_id IN (SELECT id FROM client_link WHERE treatment_id IN (:ids))""").param("ids", ids).update();
        jdbc.sql("DELETE FROM client_link WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM client_mail_address WHERE client_id = ?")
                .param(erasure.clientId())
                .update();
    }
}
