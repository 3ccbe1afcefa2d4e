package nl.afsluitwijzer.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.signal.internal.AcknowledgementChoice;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.jspecify.annotations.Nullable;
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

    public void acknowledge(
            Long treatmentId, Signal signal, LocalDate on, Via via, String reason, @Nullable Long byUser) {
        acknowledge(treatmentId, signal, on, via, null, reason, byUser);
    }

    public void acknowledge(
            Long treatmentId,
            Signal signal,
            LocalDate on,
            Via via,
            @Nullable AcknowledgementChoice choice,
            @Nullable String reason,
            @Nullable Long byUser) {
        jdbc.sql("""
                INSERT INTO signal_acknowledgement (treatment_id, code, fingerprint, acknowledged_on, via, choice, reason,
                    acknowledged_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        treatmentId,
                        signal.code().name(),
                        signal.fingerprint(),
                        on,
                        via.name(),
                        choice == null ? null : choice.name(),
                        reason,
                        byUser,
                        Timestamp.from(clock.instant())))
                .update();
    }

    /**
     * One stored acknowledgement as the treatment page shows it: which signal in which state, how, the choice and
     * free text of an explicit one.
     */
    public record Shown(
            SignalCode code,
            String fingerprint,
            LocalDate acknowledgedOn,
            Via via,
            @Nullable AcknowledgementChoice choice,
            @Nullable String reason) {}

    /**
     * Every acknowledgement of a treatment, newest first. WITHOUT access checks or audit: only for callers that have
     * already checked access to the treatment and log their own read (the treatment page).
     */
    public List<Shown> shownFor(Long treatmentId) {
        return jdbc.sql("""
                SELECT code, fingerprint, acknowledged_on, via, choice, reason FROM signal_acknowledgement
                WHERE treatment_id = ? ORDER BY acknowledged_on DESC, id DESC""")
                .param(treatmentId)
                .query((row, number) -> new Shown(
                        SignalCode.valueOf(row.getString("code")),
                        row.getString("fingerprint"),
                        row.getDate("acknowledged_on").toLocalDate(),
                        Via.valueOf(row.getString("via")),
                        row.getString("choice") == null ? null : AcknowledgementChoice.valueOf(row.getString("choice")),
                        row.getString("reason")))
                .list();
    }

    /** One stored acknowledgement, as shown to the client in an inzage. */
    public record Acknowledged(
            String code,
            LocalDate acknowledgedOn,
            String via,
            @Nullable String reason) {}

    /**
     * Every acknowledgement of a treatment, oldest first. WITHOUT access checks or audit: only for callers that
     * have already checked access to the treatment and log their own read.
     */
    public List<Acknowledged> recordedFor(Long treatmentId) {
        return jdbc.sql("""
                SELECT code, acknowledged_on, via, reason FROM signal_acknowledgement WHERE treatment_id = ?
                ORDER BY acknowledged_on, id""").param(treatmentId).query(Acknowledged.class).list();
    }

    record Row(Long treatmentId, String code, String fingerprint, LocalDate acknowledgedOn) {}

    /** The acknowledgements of the treatments in scope, by treatment id: one joined query whatever their number. */
    Map<Long, List<TreatmentHistory.Acknowledgement>> forTreatments(TreatmentScope scope) {
        return jdbc.sql("""
                SELECT a.treatment_id, a.code, a.fingerprint, a.acknowledged_on
                FROM treatment t JOIN signal_acknowledgement a ON a.treatment_id = t.id WHERE\s""" + scope.condition()).params(scope.parameters()).query(Row.class).list().stream()
                .collect(Collectors.groupingBy(
                        Row::treatmentId,
                        Collectors.mapping(
                                row -> new TreatmentHistory.Acknowledgement(
                                        row.acknowledgedOn(), SignalCode.valueOf(row.code()), row.fingerprint()),
                                Collectors.toList())));
    }
}
