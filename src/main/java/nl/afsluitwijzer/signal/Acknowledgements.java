package nl.afsluitwijzer.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stored acknowledgements of signals: by a decision (evaluation, discussion) or explicitly with a reason. */
@Service
public class Acknowledgements {

    /** How a signal was acknowledged. */
    public enum Via {
        EVALUATION,
        DISCUSSION,
        EXPLICIT
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Acknowledgements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void acknowledge(Long treatmentId, Signal signal, LocalDate on, Via via, String reason, Long byUser) {
        jdbc.sql("""
                INSERT INTO signal_acknowledgement (treatment_id, code, fingerprint, acknowledged_on, via, reason,
                    acknowledged_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(treatmentId, signal.code().name(), signal.fingerprint(), on, via.name(), reason, byUser,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** One stored acknowledgement, as shown to the client in an inzage. */
    public record Acknowledged(String code, LocalDate acknowledgedOn, String via, @org.jspecify.annotations.Nullable String reason) {
    }

    /**
     * Every acknowledgement of a treatment, oldest first. WITHOUT access checks or audit: only for callers that
     * have already checked access to the treatment and log their own read.
     */
    public List<Acknowledged> recordedFor(Long treatmentId) {
        return jdbc.sql("""
                SELECT code, acknowledged_on, via, reason FROM signal_acknowledgement WHERE treatment_id = ?
                ORDER BY acknowledged_on, id""")
                .param(treatmentId)
                .query(Acknowledged.class)
                .list();
    }

    record Row(Long treatmentId, String code, String fingerprint, LocalDate acknowledgedOn) {
    }

    Map<Long, List<TreatmentHistory.Acknowledgement>> forTreatments(Collection<Long> treatmentIds) {
        if (treatmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT treatment_id, code, fingerprint, acknowledged_on FROM signal_acknowledgement
                WHERE treatment_id IN (:ids)""")
                .param("ids", treatmentIds)
                .query(Row.class)
                .list().stream()
                .collect(Collectors.groupingBy(Row::treatmentId, Collectors.mapping(
                        row -> new TreatmentHistory.Acknowledgement(row.acknowledgedOn(),
                                SignalCode.valueOf(row.code()), row.fingerprint()), Collectors.toList())));
    }
}
