package nl.afsluitwijzer.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserNames;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments recorded after a risk item (PHQ-9 item 9) was answered above its threshold: the only way the
 * signal SUICIDE_ITEM is acknowledged. Written once, audit-logged, shown on the treatment.
 */
@Service
@Transactional
public class RiskAssessments {

    static final String OBJECT = "RISK_ASSESSMENT";
    static final int NOTE_MAX = 2000;

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final UserNames userNames;
    private final AuditLog audit;
    private final Clock clock;

    RiskAssessments(JdbcClient jdbc, Treatments treatments, UserNames userNames, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.userNames = userNames;
        this.treatments = treatments;
        this.audit = audit;
        this.clock = clock;
    }

    /** One recorded risk assessment. */
    public record Recorded(
            Long id,
            LocalDate assessedOn,
            RiskOutcome outcome,
            @Nullable String note,
            String recordedByName) {}

    /**
     * Records a risk assessment on an open treatment the current user may see. The date is required, not in the
     * future and not before the registration; the outcome is required; the note at most {@value #NOTE_MAX}
     * characters. Refusals are 400 with the field in the message key.
     */
    public Recorded record(
            CurrentUser user,
            Long treatmentId,
            @Nullable LocalDate assessedOn,
            @Nullable RiskOutcome outcome,
            @Nullable String note) {
        Treatment treatment = treatments.require(user, treatmentId);
        treatment.requireOpen();
        if (assessedOn == null) {
            throw DomainException.refused("risk.assessment.date.required");
        }
        if (assessedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.refused("risk.assessment.date.future");
        }
        if (assessedOn.isBefore(treatment.getRegistrationDate())) {
            throw DomainException.refused("risk.assessment.date.before-registration", treatment.getRegistrationDate());
        }
        if (outcome == null) {
            throw DomainException.refused("risk.assessment.outcome.required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw DomainException.refused("risk.assessment.note.too-long", NOTE_MAX);
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO signal_risk_assessment (treatment_id, assessed_on, outcome, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        treatmentId, assessedOn, outcome.name(), text, user.id(), Timestamp.from(clock.instant())))
                .update(key, "id");
        Long id = Objects.requireNonNull(key.getKeyAs(Number.class), "the generated id")
                .longValue();
        Recorded saved = recordedFor(treatmentId).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        audit.record(AuditEvent.of(AuditAction.CREATE, OBJECT, id)
                .forClient(treatments.clientOf(treatment).getReference(), treatmentId));
        return saved;
    }

    /** The risk assessments of a treatment the current user may see, newest first; logged as a view. */
    @Transactional
    public List<Recorded> of(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        List<Recorded> found = recordedFor(treatmentId);
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, null)
                .forClient(treatments.clientOf(treatment).getReference(), treatmentId));
        return found;
    }

    /**
     * The risk assessments of a treatment, newest first. WITHOUT access checks or audit: only for callers that have
     * already checked access to the treatment and log their own read (the treatment page).
     */
    @Transactional(readOnly = true)
    public List<Recorded> recordedFor(Long treatmentId) {
        record Stored(
                Long id,
                LocalDate assessedOn,
                RiskOutcome outcome,
                @Nullable String note,
                Long recordedBy) {}
        List<Stored> stored = jdbc.sql("""
                SELECT id, assessed_on, outcome, note, recorded_by FROM signal_risk_assessment
                WHERE treatment_id = ? ORDER BY assessed_on DESC, id DESC""")
                .param(treatmentId)
                .query((row, number) -> new Stored(
                        row.getLong("id"),
                        row.getDate("assessed_on").toLocalDate(),
                        RiskOutcome.valueOf(row.getString("outcome")),
                        row.getString("note"),
                        row.getLong("recorded_by")))
                .list();
        Map<Long, String> names =
                userNames.of(stored.stream().map(Stored::recordedBy).toList());
        return stored.stream()
                .map(r -> new Recorded(
                        r.id(), r.assessedOn(), r.outcome(), r.note(), names.getOrDefault(r.recordedBy(), "")))
                .toList();
    }

    record Row(Long treatmentId, LocalDate assessedOn, String outcome) {}

    /** The risk assessments of the treatments in scope, by treatment id: one joined query whatever their number. */
    Map<Long, List<TreatmentHistory.RiskAssessment>> forTreatments(TreatmentScope scope) {
        return jdbc.sql("""
                SELECT r.treatment_id, r.assessed_on, r.outcome
                FROM treatment t JOIN signal_risk_assessment r ON r.treatment_id = t.id WHERE\s""" + scope.condition()).params(scope.parameters()).query(Row.class).list().stream()
                .collect(Collectors.groupingBy(
                        Row::treatmentId,
                        Collectors.mapping(
                                row -> new TreatmentHistory.RiskAssessment(row.assessedOn(), row.outcome()),
                                Collectors.toList())));
    }
}
