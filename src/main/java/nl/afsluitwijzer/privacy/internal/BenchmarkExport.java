package nl.afsluitwijzer.privacy.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.Csv;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's treatments as pseudonymised CSV for benchmarking (manager only; logged as an export without a
 * client): coded values and shifted dates, see {@link Pseudonymisation}.
 */
@Service
@Transactional
public class BenchmarkExport {

    static final String OBJECT = "BENCHMARK";

    private final Treatments treatments;
    private final Evaluations evaluations;
    private final Measurements measurements;
    private final ClosingPlans closingPlans;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    BenchmarkExport(
            Treatments treatments,
            Evaluations evaluations,
            Measurements measurements,
            ClosingPlans closingPlans,
            AuditLog audit) {
        this.treatments = treatments;
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.closingPlans = closingPlans;
        this.audit = audit;
    }

    public String csv(CurrentUser user) {
        ManagerOnly.require(user);
        TreatmentFiles practice = treatments.visibleFiles(user, null);
        List<TreatmentFile> files = practice.files();
        Map<Long, List<Evaluation>> evaluated = evaluations.forTreatments(practice.scope());
        Map<Long, List<MeasurementRecord>> measured = measurements.forTreatments(practice.scope());
        Map<Long, ClosingPlan> plans = closingPlans.ofPractice(user.practiceId());
        List<BenchmarkTreatment> input = files.stream()
                .map(f -> treatment(
                        f,
                        evaluated.getOrDefault(f.id(), List.of()),
                        measured.getOrDefault(f.id(), List.of()),
                        plans.get(f.id())))
                .toList();
        Csv csv = new Csv().row(Pseudonymisation.HEADER);
        new Pseudonymisation(random).rows(input).forEach(csv::row);
        audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT, files.size()));
        return csv.toString();
    }

    private BenchmarkTreatment treatment(
            TreatmentFile file,
            List<Evaluation> evaluated,
            List<MeasurementRecord> measured,
            @Nullable ClosingPlan plan) {
        Treatment t = file.treatment();
        MeasurementHistory history = measurements.history(t.getPrimaryInstrument(), measured);
        LocalDate asOf = t.getEndDate() == null ? LocalDate.MAX : t.getEndDate();
        List<BenchmarkTreatment.Extension> extensions = evaluated.stream()
                .filter(Evaluation::isExtension)
                .map(e -> new BenchmarkTreatment.Extension(
                        e.getEvaluatedOn(),
                        e.extensionReasons().stream().map(Enum::name).sorted().toList()))
                .toList();
        return new BenchmarkTreatment(
                t.getClientId(),
                t.getPhase().name(),
                t.getRegistrationDate(),
                t.getStartDate(),
                t.getEndDate(),
                t.firstAgreedExpectedSessions().orElse(null),
                t.expectedSessions().orElse(null),
                file.attendedSessions(asOf),
                extensions,
                history.primary() == null ? null : history.primary().code(),
                history.baseline().map(BenchmarkExport::score).orElse(null),
                history.latest().map(BenchmarkExport::score).orElse(null),
                history.classification().map(Enum::name).orElse(null),
                plan == null || plan.getClosingReason() == null
                        ? null
                        : plan.getClosingReason().name());
    }

    private static BenchmarkTreatment.Score score(MeasurementRecord m) {
        return new BenchmarkTreatment.Score(m.date(), m.total());
    }
}
