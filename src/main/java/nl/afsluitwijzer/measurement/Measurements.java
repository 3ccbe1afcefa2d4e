package nl.afsluitwijzer.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and reading the measurements of treatments. Access goes through {@link Treatments#require}, which
 * answers 404 for a treatment the user may not see and logs the attempt; every read and write is audit-logged.
 * A refused measurement is a {@link MeasurementRefused} (400) and stores nothing.
 */
@Service
@Transactional
public class Measurements {

    static final String OBJECT = "MEASUREMENT";
    /** The name the audit log gives a client who entered a questionnaire through the portal link. */
    static final String CLIENT_USER = "client-link";

    private final Treatments treatments;
    private final InstrumentCatalog instruments;
    private final MeasurementRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    Measurements(
            Treatments treatments,
            InstrumentCatalog instruments,
            MeasurementRepository repository,
            AuditLog audit,
            Clock clock) {
        this.treatments = treatments;
        this.instruments = instruments;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records one measurement entered by the signed-in therapist or manager. */
    public MeasurementRecord record(CurrentUser user, Long treatmentId, NewMeasurement measurement) {
        return record(user, treatmentId, List.of(measurement)).get(0);
    }

    /**
     * Records measurements entered by the signed-in therapist or manager, such as the GBO ratings of several goals:
     * all of them, or — when one is refused — none. The treatment must be open (409 otherwise).
     */
    public List<MeasurementRecord> record(CurrentUser user, Long treatmentId, List<NewMeasurement> measurements) {
        Treatment treatment = treatments.require(user, treatmentId);
        return store(treatment, measurements, MeasurementSource.THERAPIST, user.id());
    }

    /**
     * FOR THE CLIENT PORTAL ONLY: records questionnaires a client filled in through their personal link, without a
     * signed-in user (source CLIENT, no recorded-by). It checks no user access, so the caller must have checked
     * that the link is valid and belongs to this treatment. The same rules as {@link #record} apply otherwise;
     * the audit log names the user {@value #CLIENT_USER}.
     */
    public List<MeasurementRecord> recordFromClient(Long treatmentId, List<NewMeasurement> measurements) {
        Treatment treatment = treatments.forClientLink(treatmentId);
        return store(treatment, measurements, MeasurementSource.CLIENT, null);
    }

    /** The measurements of a treatment the current user may see, oldest first; logged as a view. */
    public List<MeasurementRecord> of(CurrentUser user, Long treatmentId) {
        return read(treatments.require(user, treatmentId));
    }

    /** The measurements of a treatment the current user may see, read against its primary instrument. */
    public MeasurementHistory historyOf(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        return history(treatment.getPrimaryInstrument(), read(treatment));
    }

    /** Measurements read against a primary instrument (by code; null or unknown: none). Checks and logs nothing. */
    public MeasurementHistory history(@Nullable String primaryInstrument, List<MeasurementRecord> measurements) {
        Instrument primary = primaryInstrument == null
                ? null
                : instruments.find(primaryInstrument).orElse(null);
        return new MeasurementHistory(primary, measurements);
    }

    /**
     * The measurements of a few treatments in one query, by treatment id (a treatment without any is absent).
     * WITHOUT access checks or audit: only for callers that have already checked access to these treatments and
     * log their own read. Every id is a bound parameter: lists of a practice use {@link #forTreatments(TreatmentScope)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MeasurementRecord>> forTreatments(Collection<Long> treatmentIds) {
        return repository.findByTreatmentIds(treatmentIds);
    }

    /**
     * The measurements of the treatments in a scope, in one joined query whatever their number, by treatment id.
     * WITHOUT access checks or audit, as {@link #forTreatments(Collection)}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MeasurementRecord>> forTreatments(TreatmentScope scope) {
        return repository.findIn(scope);
    }

    private List<MeasurementRecord> read(Treatment treatment) {
        List<MeasurementRecord> found =
                repository.findByTreatmentIds(List.of(treatment.getId())).getOrDefault(treatment.getId(), List.of());
        audit.record(event(AuditAction.VIEW, null, treatment));
        return found;
    }

    private List<MeasurementRecord> store(
            Treatment treatment,
            List<NewMeasurement> measurements,
            MeasurementSource source,
            @Nullable Long recordedBy) {
        treatment.requireOpen();
        if (measurements.isEmpty()) {
            throw new MeasurementRefused("answers", null, "measurement.answers-or-total.neither");
        }
        List<Long> goalIds = treatments.goalsOf(Objects.requireNonNull(treatment.getId(), "stored")).stream()
                .map(Goal::getId)
                .toList();
        MeasurementCheck check = new MeasurementCheck(instruments);
        LocalDate today = LocalDate.now(clock);
        // as precise as both databases store it, so the record returned equals the record read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // every one is checked before the first is stored
        List<MeasurementRecord> scored = measurements.stream()
                .map(m -> check.scored(treatment, goalIds, m, today, source, recordedBy, now))
                .toList();
        List<MeasurementRecord> saved = scored.stream().map(repository::insert).toList();
        saved.forEach(m -> {
            AuditEvent event = event(AuditAction.CREATE, m.id(), treatment);
            if (source == MeasurementSource.CLIENT) {
                audit.recordAs(CLIENT_USER, null, event);
            } else {
                audit.record(event);
            }
        });
        return saved;
    }

    private AuditEvent event(AuditAction action, @Nullable Long measurementId, Treatment treatment) {
        return AuditEvent.of(action, OBJECT, measurementId)
                .forClient(treatments.clientOf(treatment).getReference(), treatment.getId());
    }
}
