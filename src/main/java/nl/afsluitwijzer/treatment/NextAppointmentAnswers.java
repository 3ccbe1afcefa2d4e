package nl.afsluitwijzer.treatment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer.AnsweredBy;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers to "Wil je nog een volgende afspraak?" over a treatment, asked at the end of any session rather than
 * only in the closing phase. Every write and every read is audit-logged.
 */
@Service
@Transactional
public class NextAppointmentAnswers {

    static final String OBJECT = "NEXT_APPOINTMENT_ANSWER";
    /** The audit log's user for an answer the client gave through a personal link. */
    static final String CLIENT_USER = "client-link";

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final AuditLog audit;
    private final Clock clock;

    NextAppointmentAnswers(JdbcClient jdbc, Treatments treatments, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.treatments = treatments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The answers of a treatment the current user may see, oldest first; logged as a view. */
    @Transactional
    public List<NextAppointmentAnswer> of(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        List<NextAppointmentAnswer> answers = recordedFor(treatmentId);
        audit.record(event(AuditAction.VIEW, null, treatment));
        return answers;
    }

    /**
     * The answers of a treatment, oldest first. WITHOUT access checks or audit: only for callers that have already
     * checked access to the treatment and log their own read (the export of a client's record).
     */
    @Transactional(readOnly = true)
    public List<NextAppointmentAnswer> recordedFor(Long treatmentId) {
        return jdbc.sql("""
                SELECT id, treatment_id, session_id, answered_on, answer, client_words, answered_by
                FROM next_appointment_answer WHERE treatment_id = ? ORDER BY answered_on, id""")
                .param(treatmentId)
                .query(NextAppointmentAnswer.class)
                .list();
    }

    /**
     * FOR THE CLIENT PORTAL ONLY: the client's own answer through a valid personal link, dated today; the portal has
     * checked the link. The words are trimmed to {@link NextAppointmentAnswer#MAX_WORDS} characters.
     */
    public NextAppointmentAnswer recordFromClient(
            Long treatmentId, NextAppointmentWish answer, @Nullable String clientWords) {
        Treatment treatment = treatments.forClientLink(treatmentId);
        NextAppointmentAnswer saved =
                insert(treatment, null, LocalDate.now(clock), answer, trimmed(clientWords), AnsweredBy.CLIENT);
        audit.recordAs(CLIENT_USER, null, event(AuditAction.CREATE, saved.id(), treatment));
        return saved;
    }

    /** The therapist's record of the answer given at an attended session (checked by the caller). */
    NextAppointmentAnswer recordAtSession(
            Treatment treatment, TreatmentSession session, NextAppointmentWish answer, @Nullable String clientWords) {
        if (!session.isAttended()) {
            throw DomainException.refused("treatment.next-appointment.not-attended");
        }
        String words = StringUtils.stripToNull(clientWords);
        if (words != null && words.length() > NextAppointmentAnswer.MAX_WORDS) {
            throw DomainException.refused("treatment.next-appointment.too-long", NextAppointmentAnswer.MAX_WORDS);
        }
        NextAppointmentAnswer saved =
                insert(treatment, session.getId(), session.getSessionDate(), answer, words, AnsweredBy.THERAPIST);
        audit.record(event(AuditAction.CREATE, saved.id(), treatment));
        return saved;
    }

    private NextAppointmentAnswer insert(
            Treatment treatment,
            @Nullable Long sessionId,
            LocalDate date,
            NextAppointmentWish answer,
            @Nullable String words,
            AnsweredBy by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO next_appointment_answer (treatment_id, session_id, answered_on, answer, client_words,
                    answered_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        Objects.requireNonNull(treatment.getId(), "stored"),
                        sessionId,
                        date,
                        answer.name(),
                        words,
                        by.name(),
                        Timestamp.from(clock.instant())))
                .update(key, "id");
        return new NextAppointmentAnswer(
                Objects.requireNonNull(key.getKeyAs(Number.class), "the generated id")
                        .longValue(),
                Objects.requireNonNull(treatment.getId(), "stored"),
                sessionId,
                date,
                answer,
                words,
                by);
    }

    private AuditEvent event(AuditAction action, @Nullable Long id, Treatment treatment) {
        return AuditEvent.of(action, OBJECT, id)
                .forClient(treatments.clientOf(treatment).getReference(), treatment.getId());
    }

    private static @Nullable String trimmed(@Nullable String text) {
        String words = StringUtils.stripToNull(text);
        return words == null || words.length() <= NextAppointmentAnswer.MAX_WORDS
                ? words
                : words.substring(0, NextAppointmentAnswer.MAX_WORDS).strip();
    }
}
