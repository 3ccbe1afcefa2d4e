package nl.afsluitwijzer.practice;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The policy in force for a practice on a date; the defaults until a manager sets one. */
@Service
public class Policies {

    private final JdbcClient jdbc;

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
