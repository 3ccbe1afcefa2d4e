package nl.afsluitwijzer.practice;

import java.time.LocalDate;
import java.util.Arrays;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.PolicyVersion;
import nl.afsluitwijzer.shared.FirstSave;
import org.jspecify.annotations.Nullable;
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

    private static final String COLUMNS = """
            effective_from, expected_standard, expected_complex, overrun_margin, measure_every_sessions,
            plateau_measurements, plateau_min_days, no_contact_days, mdo_review_days, colleague_review_days,
            low_rating_threshold, evaluate_after_sessions""";

    /** Every version the practice has set, newest first, with who saved it and when. */
    public java.util.List<PolicyVersion> versions(Long practiceId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                , u.display_name, p.created_at
                FROM practice_policy p LEFT JOIN user_account u ON u.id = p.created_by
                WHERE p.practice_id = ? ORDER BY p.effective_from DESC""")
                .param(practiceId)
                .query((row, i) -> new PolicyVersion(
                        policyOf(row),
                        row.getString("display_name"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Policy policyOf(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Policy(
                row.getDate("effective_from").toLocalDate(),
                row.getInt("expected_standard"),
                row.getInt("expected_complex"),
                row.getInt("overrun_margin"),
                row.getInt("measure_every_sessions"),
                row.getInt("plateau_measurements"),
                row.getInt("plateau_min_days"),
                row.getInt("no_contact_days"),
                row.getInt("mdo_review_days"),
                row.getInt("colleague_review_days"),
                row.getInt("low_rating_threshold"),
                row.getObject("evaluate_after_sessions", Integer.class));
    }

    /** Sets the policy from a date on without a check of the versions seen (jobs, demo data, tests). */
    public void set(Long practiceId, Policy policy, Long byUser, java.time.Instant now) {
        set(practiceId, policy, byUser, now, null);
    }

    /** The newest version's number (0 without one): a form carries it to say which versions its author saw. */
    public long latestVersion(Long practiceId) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM practice_policy WHERE practice_id = ?")
                .param(practiceId)
                .query(Long.class)
                .single();
    }

    /**
     * Sets the policy from a date on; a version for the same date is replaced, but only one its author saw: when
     * someone saved a version for that date after {@code knownVersion} ({@link #latestVersion}; null means
     * unchecked), the save is refused as a conflict instead of silently replacing it. Two saves for the same date
     * at once cannot both win either: the unique key refuses the second with a conflict. Audit-logged with it.
     */
    @org.springframework.transaction.annotation.Transactional
    public void set(Long practiceId, Policy policy, Long byUser, java.time.Instant now, @Nullable Long knownVersion) {
        if (knownVersion != null) {
            FirstSave.requireNone(
                    jdbc.sql("""
                    SELECT COUNT(*) FROM practice_policy WHERE practice_id = ? AND effective_from = ? AND id > ?""")
                                    .params(practiceId, policy.effectiveFrom(), knownVersion)
                                    .query(Long.class)
                                    .single()
                            > 0,
                    "policy of practice " + practiceId + " from " + policy.effectiveFrom());
        }
        jdbc.sql("DELETE FROM practice_policy WHERE practice_id = ? AND effective_from = ?")
                .params(practiceId, policy.effectiveFrom())
                .update();
        FirstSave.orConflict(
                () -> jdbc.sql("""
                INSERT INTO practice_policy (practice_id, effective_from, expected_standard, expected_complex,
                    overrun_margin, measure_every_sessions, plateau_measurements, plateau_min_days, no_contact_days,
                    mdo_review_days, colleague_review_days, low_rating_threshold, evaluate_after_sessions, created_by,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(Arrays.asList(
                                practiceId,
                                policy.effectiveFrom(),
                                policy.expectedStandard(),
                                policy.expectedComplex(),
                                policy.overrunMargin(),
                                policy.measureEverySessions(),
                                policy.plateauMeasurements(),
                                policy.plateauMinDays(),
                                policy.noContactDays(),
                                policy.mdoReviewDays(),
                                policy.colleagueReviewDays(),
                                policy.lowRatingThreshold(),
                                policy.evaluateAfterSessions(),
                                byUser,
                                java.sql.Timestamp.from(now)))
                        .update(),
                "policy of practice " + practiceId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "POLICY", policy.effectiveFrom()));
    }

    public Policy inForce(Long practiceId, LocalDate on) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM practice_policy WHERE practice_id = ? AND effective_from <= ?
                ORDER BY effective_from DESC LIMIT 1""")
                .params(practiceId, on)
                .query((row, i) -> policyOf(row))
                .optional()
                .orElseGet(Policy::defaults);
    }
}
