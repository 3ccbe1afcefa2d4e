package nl.afsluitwijzer.closing;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own closing answers. The portal (a later module) stores them; the treatment page shows the latest.
 */
@Service
@Transactional
public class ClosingAnswers {

    static final String OBJECT = "CLOSING_CLIENT_ANSWERS";
    /** The name the audit log gives a client who answered through the personal link. */
    static final String CLIENT_USER = "client-link";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ClosingAnswers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * FOR THE CLIENT PORTAL ONLY: stores what a client answered through their personal link, without a signed-in
     * user. It checks no access, so the caller must have checked that the link is valid and belongs to the treatment.
     */
    public void acceptFromClient(Long treatmentId, String clientReference, ClientAnswers answers) {
        jdbc.sql("""
                INSERT INTO closing_client_answers (treatment_id, learned, letter_to_self, next_appointment, answered_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        treatmentId,
                        answers.learned(),
                        answers.letterToSelf(),
                        answers.nextAppointment() == null
                                ? null
                                : answers.nextAppointment().name(),
                        Timestamp.from(answers.answeredAt())))
                .update();
        audit.recordAs(
                CLIENT_USER,
                null,
                AuditEvent.of(AuditAction.CREATE, OBJECT, treatmentId).forClient(clientReference, treatmentId));
    }

    /** The latest answers of a treatment the caller has already been allowed to see; logged as a view. */
    public Optional<ClientAnswers> latest(TreatmentFile file) {
        Optional<ClientAnswers> answers = jdbc.sql("""
                SELECT learned, letter_to_self, next_appointment, answered_at FROM closing_client_answers
                WHERE treatment_id = ? ORDER BY answered_at DESC, id DESC LIMIT 1""")
                .param(file.id())
                .query((rs, row) -> new ClientAnswers(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3) == null ? null : NextAppointment.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .optional();
        answers.ifPresent(a -> audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, file.id())
                .forClient(file.client().getReference(), file.id())));
        return answers;
    }
}
