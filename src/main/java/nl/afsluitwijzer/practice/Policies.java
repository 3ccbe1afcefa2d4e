package nl.afsluitwijzer.practice;

import java.time.LocalDate;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.shared.FirstSave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The policy in force for a practice on a date; the defaults until a manager sets one. */
@Service
public class Policies {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Policies(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every version the practice has set, newest first. */
    public java.util.List<Policy> versions(Long practiceId) {
        return jdbc.sql("""
                SELECT effective_from, expected_standard, expected_complex, overrun_margin, measure_every_sessions,
                       plateau_measurements, plateau_min_days, no_contact_days, mdo_review_days,
                       colleague_review_days, low_rating_threshold
                FROM practice_policy WHERE practice_id = ? ORDER BY effective_from DESC""")
                .param(practiceId).query(Policy.class).list();
    }

    /**
     * Sets the policy from a date on; a version for the same date is replaced. Two saves for the same date at once
     * cannot both win: the unique key refuses the second with a conflict. Audit-logged with it.
     */
    @org.springframework.transaction.annotation.Transactional
    public void set(Long practiceId, Policy policy, Long byUser, java.time.Instant now) {
        jdbc.sql("DELETE FROM practice_policy WHERE practice_id = ? AND effective_from = ?")
                .params(practiceId, policy.effectiveFrom()).update();
        FirstSave.orConflict(() -> jdbc.sql("""
                INSERT INTO practice_policy (practice_id, effective_from, expected_standard, expected_complex,
                    overrun_margin, measure_every_sessions, plateau_measurements, plateau_min_days, no_contact_days,
                    mdo_review_days, colleague_review_days, low_rating_threshold, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(practiceId, policy.effectiveFrom(), policy.expectedStandard(), policy.expectedComplex(),
                        policy.overrunMargin(), policy.measureEverySessions(), policy.plateauMeasurements(),
                        policy.plateauMinDays(), policy.noContactDays(), policy.mdoReviewDays(),
                        policy.colleagueReviewDays(), policy.lowRatingThreshold(), byUser,
                        java.sql.Timestamp.from(now))
                .update(), "policy of practice " + practiceId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "POLICY", policy.effectiveFrom()));
    }

    public Policy inForce(Long practiceId, LocalDate on) {
        return jdbc.sql("""
                SELECT effective_from, expected_standard, expected_complex, overrun_margin, measure_every_sessions,
                       plateau_measurements, plateau_min_days, no_contact_days, mdo_review_days,
                       colleague_review_days, low_rating_threshold
                FROM practice_policy WHERE practice_id = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""")
                .params(practiceId, on)
                .query(Policy.class)
                .optional()
                .orElseGet(Policy::defaults);
    }
}
