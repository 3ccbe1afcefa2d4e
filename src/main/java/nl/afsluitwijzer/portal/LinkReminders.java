package nl.afsluitwijzer.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.portal.internal.LinkMailFailed;
import nl.afsluitwijzer.portal.internal.MailAddress;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.treatment.Treatments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder mail for a mailed link not used within three days. A reminder is claimed in the database before it is
 * sent (an UPDATE that sets reminded_at only where it is still empty, in its own transaction), so it goes at most
 * once, also when two nodes run the job at the same moment; ShedLock keeps them from doing so in the first place. A
 * reminder that fails to send is not tried again (logged, without the address). The address and link are decrypted
 * only to send, and are erased from the row in the same claim.
 */
@Component
class LinkReminders {

    static final Duration AFTER = Duration.ofDays(3);
    static final String USER = "client-link-reminder";
    private static final Logger LOG = LoggerFactory.getLogger(LinkReminders.class);

    private final JdbcClient jdbc;
    private final LinkMailer mailer;
    private final LinkSeal seal;
    private final PracticeNames practices;
    private final Treatments treatments;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LinkReminders(
            JdbcClient jdbc,
            LinkMailer mailer,
            LinkSeal seal,
            PracticeNames practices,
            Treatments treatments,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.seal = seal;
        this.practices = practices;
        this.treatments = treatments;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "0 */15 * * * *")
    @SchedulerLock(name = "portal-link-reminder", lockAtMostFor = "PT10M")
    void remindNow() {
        if (mailer.configured()) {
            remindDue(clock.instant());
        }
    }

    /** Sends the reminders due at {@code now}; answers how many went out. */
    int remindDue(Instant now) {
        forgetFinished(now);
        List<Due> due = jdbc.sql("""
                SELECT m.link_id, m.address, m.sealed_link, l.practice_id, l.treatment_id
                FROM client_link_mail m JOIN client_link l ON l.id = m.link_id
                WHERE m.reminded_at IS NULL AND m.sealed_link IS NOT NULL AND m.address IS NOT NULL
                  AND m.sent_at <= ?
                  AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > ?
                ORDER BY m.link_id""")
                .params(Timestamp.from(now.minus(AFTER)), Timestamp.from(now))
                .query((rs, row) ->
                        new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
        int sent = 0;
        for (Due reminder : due) {
            if (Boolean.TRUE.equals(transaction.execute(status -> claim(reminder, now)))) {
                sent += send(reminder) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean claim(Due reminder, Instant now) {
        int claimed =
                jdbc.sql("""
                UPDATE client_link_mail SET reminded_at = ?, address = NULL, sealed_link = NULL
                WHERE link_id = ? AND reminded_at IS NULL""").params(Timestamp.from(now), reminder.linkId()).update();
        if (claimed == 1) {
            String reference = treatments
                    .clientOf(treatments.forClientLink(reminder.treatmentId()))
                    .getReference();
            audit.recordAs(
                    USER,
                    null,
                    AuditEvent.of(AuditAction.CREATE, LinkMails.MAIL, reminder.linkId())
                            .forClient(reference, reminder.treatmentId()));
        }
        return claimed == 1;
    }

    private boolean send(Due reminder) {
        try {
            mailer.send(
                    new MailAddress(seal.open(reminder.address())),
                    practices.of(reminder.practiceId()).orElseThrow(),
                    seal.open(reminder.sealedLink()),
                    true);
            return true;
        } catch (LinkMailFailed | IllegalStateException e) {
            // without the exception itself: the server's answer may hold the client's address
            LOG.warn(
                    "The reminder for client link {} could not be sent ({})", reminder.linkId(), LinkMailer.causeOf(e));
            return false;
        }
    }

    /** Links used, revoked or expired need no reminder: their addresses and sealed links go. */
    private void forgetFinished(Instant now) {
        jdbc.sql("""
                UPDATE client_link_mail SET address = NULL, sealed_link = NULL
                WHERE address IS NOT NULL AND link_id IN (SELECT id FROM client_link
                    WHERE used_at IS NOT NULL OR revoked_at IS NOT NULL OR expires_at <= ?)""").param(Timestamp.from(now)).update();
    }

    private record Due(long linkId, String address, String sealedLink, long practiceId, long treatmentId) {}
}
