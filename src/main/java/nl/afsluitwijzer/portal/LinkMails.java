package nl.afsluitwijzer.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.portal.internal.LinkMailFailed;
import nl.afsluitwijzer.portal.internal.MailAddress;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client links by e-mail and the client's address. The address is personal data: it is stored encrypted
 * ({@link LinkSeal}), and only the treating therapist and the therapists the treatment is shared with may read, keep
 * or use it (not the manager, not other colleagues); they see it masked in the list of links, others see only that a
 * link was mailed. Every read and write is audit-logged.
 */
@Service
@Transactional
public class LinkMails {

    static final String ADDRESS = "CLIENT_MAIL_ADDRESS";
    static final String MAIL = "CLIENT_LINK_MAIL";

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final PracticeNames practices;
    private final LinkMailer mailer;
    private final LinkSeal seal;
    private final AuditLog audit;
    private final Clock clock;

    LinkMails(
            JdbcClient jdbc,
            Treatments treatments,
            PracticeNames practices,
            LinkMailer mailer,
            LinkSeal seal,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.treatments = treatments;
        this.practices = practices;
        this.mailer = mailer;
        this.seal = seal;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether an SMTP server is configured (spring.mail.host and a sender); without one, links are only copied. */
    @Transactional(readOnly = true)
    public boolean available() {
        return mailer.configured();
    }

    /** Whether the user may mail links of this treatment: a configured server and a treating therapist. */
    @Transactional(readOnly = true)
    public boolean mayMail(CurrentUser user, Treatment treatment) {
        return available() && treats(user, treatment);
    }

    /** Refuses (404, logged) a user who does not treat the client, before a link meant for mailing is made. */
    public void requireMayMail(CurrentUser user, Long treatmentId) {
        requireTreating(user, treatmentId);
    }

    /** The address kept with the treatment's client, for a treating therapist only; a found one is logged as read. */
    public Optional<MailAddress> savedFor(CurrentUser user, Long treatmentId) {
        Treatment treatment = requireTreating(user, treatmentId);
        Client client = treatments.clientOf(treatment);
        Optional<MailAddress> saved = jdbc.sql("SELECT address FROM client_mail_address WHERE client_id = ?")
                .param(client.getId())
                .query(String.class)
                .optional()
                .map(stored -> new MailAddress(seal.open(stored)));
        saved.ifPresent(a -> audit.record(AuditEvent.of(AuditAction.VIEW, ADDRESS, client.getId())
                .forClient(client.getReference(), treatmentId)));
        return saved;
    }

    /**
     * Mails a link just made to the address, and keeps the address with the client or forgets it as chosen. The
     * choice is stored even when sending fails; then {@link LinkMailFailed} is thrown and the link stays valid.
     */
    @Transactional(noRollbackFor = LinkMailFailed.class)
    public void send(CurrentUser user, Long treatmentId, IssuedLink link, String url, MailAddress to, boolean keep) {
        Treatment treatment = requireTreating(user, treatmentId);
        Client client = treatments.clientOf(treatment);
        boolean ours = jdbc.sql("SELECT COUNT(*) FROM client_link WHERE id = ? AND treatment_id = ?")
                        .params(link.id(), treatmentId)
                        .query(Long.class)
                        .single()
                == 1;
        if (!ours) {
            throw DomainException.notFound("portal.link.unavailable");
        }
        keepOrForget(user, client, treatmentId, to, keep);
        mailer.send(to, practices.of(treatment.getPracticeId()).orElseThrow(), url, false);
        jdbc.sql("""
                INSERT INTO client_link_mail (link_id, address, masked_address, sealed_link, sent_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(link.id(), seal.seal(to.value()), to.masked(), seal.seal(url), Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditEvent.of(AuditAction.CREATE, MAIL, link.id()).forClient(client.getReference(), treatmentId));
    }

    private void keepOrForget(CurrentUser user, Client client, Long treatmentId, MailAddress to, boolean keep) {
        int removed = jdbc.sql("DELETE FROM client_mail_address WHERE client_id = ?")
                .param(client.getId())
                .update();
        if (keep) {
            jdbc.sql("""
                    INSERT INTO client_mail_address (client_id, practice_id, address, saved_by, saved_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(
                            Objects.requireNonNull(client.getId(), "stored"),
                            client.getPracticeId(),
                            seal.seal(to.value()),
                            user.id(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
        if (keep || removed > 0) {
            audit.record(AuditEvent.of(keep ? AuditAction.UPDATE : AuditAction.DELETE, ADDRESS, client.getId())
                    .forClient(client.getReference(), treatmentId));
        }
    }

    /**
     * Per link of the treatment that was mailed: the masked address for a treating therapist, an empty text for
     * anyone else who may see the treatment (they see only that the link was mailed).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> mailedFor(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        boolean treating = treats(user, treatment);
        return jdbc
                .sql("""
                SELECT m.link_id, m.masked_address FROM client_link_mail m JOIN client_link l ON l.id = m.link_id
                WHERE l.treatment_id = ?""")
                .param(treatmentId)
                .query((rs, row) -> Map.entry(rs.getLong(1), treating ? rs.getString(2) : ""))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The address kept with a client, for the client's own inzage export; the caller has checked that the user may
     * export the whole record. Logged as read.
     */
    public Optional<String> forInzage(Long clientId, String clientReference) {
        Optional<String> saved = jdbc.sql("SELECT address FROM client_mail_address WHERE client_id = ?")
                .param(clientId)
                .query(String.class)
                .optional()
                .map(seal::open);
        saved.ifPresent(a -> audit.record(
                AuditEvent.of(AuditAction.EXPORT, ADDRESS, clientId).forClient(clientReference, null)));
        return saved;
    }

    private Treatment requireTreating(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        if (!treats(user, treatment)) {
            audit.recordRefusal(AuditEvent.of(AuditAction.VIEW, ADDRESS, null).forClient(null, treatmentId));
            throw new TreatmentAccessDenied();
        }
        return treatment;
    }

    private static boolean treats(CurrentUser user, Treatment treatment) {
        return user.isTherapist()
                && treatment.getPracticeId().equals(user.practiceId())
                && (treatment.getTherapistId().equals(user.id()) || treatment.isSharedWith(user.id()));
    }
}
