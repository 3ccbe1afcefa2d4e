package nl.afsluitwijzer.demo;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.PastMeasurements;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalRepository;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import nl.afsluitwijzer.treatment.TreatmentSession;
import nl.afsluitwijzer.treatment.TreatmentSessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the measurement histories of {@code demo/measurements.json} to the demo treatments, so that every
 * classification and every measurement signal shows. It runs inside the demo set-up's transaction at start-up,
 * without a signed-in user, so it stores them through {@link PastMeasurements}.
 */
@Component
class DemoMeasurements {

    private static final Logger log = LoggerFactory.getLogger(DemoMeasurements.class);

    private final TreatmentRepository treatments;
    private final TreatmentSessionRepository sessions;
    private final GoalRepository goals;
    private final InstrumentCatalog catalog;
    private final PastMeasurements measurements;
    private final Validator validator;
    private final Clock clock;

    DemoMeasurements(
            TreatmentRepository treatments,
            TreatmentSessionRepository sessions,
            GoalRepository goals,
            InstrumentCatalog catalog,
            PastMeasurements measurements,
            Validator validator,
            Clock clock) {
        this.treatments = treatments;
        this.sessions = sessions;
        this.goals = goals;
        this.catalog = catalog;
        this.measurements = measurements;
        this.validator = validator;
        this.clock = clock;
    }

    void create(DemoCaseload event) {
        Map<String, DemoMeasurementFile.Entry> entries = DemoMeasurementFile.shipped(validator);
        List<DemoMeasurementPlan> plans = plans(event.treatmentIdsByReference(), entries.keySet());
        int count = 0;
        for (DemoMeasurementPlan plan : plans) {
            for (MeasurementRecord record : plan.records(
                    Objects.requireNonNull(entries.get(plan.reference()), "planned from it"),
                    catalog,
                    clock.instant())) {
                measurements.record(record);
                count++;
            }
        }
        log.info("Demo mode: created {} measurements for {} demo treatments", count, plans.size());
    }

    private List<DemoMeasurementPlan> plans(Map<String, Long> idsByReference, Collection<String> references) {
        Collection<Long> ids = idsByReference.values();
        Map<Long, Treatment> byId =
                treatments.findAllById(ids).stream().collect(Collectors.toMap(Treatment::getId, Function.identity()));
        Map<Long, List<LocalDate>> dates = sessions.findByTreatmentIdIn(ids).stream()
                .filter(s -> s.getKind() != SessionKind.INTAKE)
                .sorted(Comparator.comparing(TreatmentSession::getSessionDate).thenComparing(TreatmentSession::getId))
                .collect(Collectors.groupingBy(
                        TreatmentSession::getTreatmentId,
                        Collectors.mapping(TreatmentSession::getSessionDate, Collectors.toList())));
        Map<Long, List<Long>> goalIds = goals.findByTreatmentIdIn(ids).stream()
                .sorted(Comparator.comparing(Goal::getAddedOn).thenComparing(Goal::getId))
                .collect(Collectors.groupingBy(
                        Goal::getTreatmentId, Collectors.mapping(Goal::getId, Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        return references.stream()
                .map(reference -> {
                    Long id = idsByReference.get(reference);
                    if (id == null) {
                        throw new IllegalStateException(DemoMeasurementFile.RESOURCE + ": " + reference
                                + " is not a demo treatment; the demo treatments are " + idsByReference.keySet());
                    }
                    Treatment t = Objects.requireNonNull(byId.get(id), "read with its id");
                    return new DemoMeasurementPlan(
                            reference,
                            id,
                            t.getTherapistId(),
                            t.getPrimaryInstrument(),
                            t.getStartDate() != null ? t.getStartDate() : t.getRegistrationDate(),
                            dates.getOrDefault(id, List.of()),
                            goalIds.getOrDefault(id, List.of()),
                            today);
                })
                .toList();
    }
}
