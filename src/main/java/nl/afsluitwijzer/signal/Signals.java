package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals of treatments as of a date: reads every module's records in one query per table, then
 * runs the pure engine with the policy in force on that date.
 */
@Service
@Transactional(readOnly = true)
public class Signals {

    private final SignalEngine engine = new SignalEngine();
    private final Treatments treatments;
    private final Evaluations evaluations;
    private final PrimaryScores scores;
    private final SignalRecords records;
    private final InstrumentCatalog instruments;
    private final Policies policies;
    private final ExpectedCourses courses;

    Signals(
            Treatments treatments,
            Evaluations evaluations,
            PrimaryScores scores,
            SignalRecords records,
            InstrumentCatalog instruments,
            Policies policies,
            ExpectedCourses courses) {
        this.courses = courses;
        this.treatments = treatments;
        this.evaluations = evaluations;
        this.scores = scores;
        this.records = records;
        this.instruments = instruments;
        this.policies = policies;
    }

    /** One treatment the current user may see (access-checked and logged). */
    @Transactional
    public TreatmentSignals forTreatment(CurrentUser user, Long treatmentId, LocalDate asOf) {
        return evaluate(TreatmentFiles.of(treatments.open(user, treatmentId)), asOf)
                .get(0);
    }

    /** The open treatments the current user may see (manager: optionally of one therapist). */
    @Transactional
    public List<TreatmentSignals> caseload(CurrentUser user, LocalDate asOf, @Nullable Long therapistFilter) {
        return evaluate(treatments.visibleOpenFiles(user, therapistFilter), asOf);
    }

    /**
     * Signals for files the caller has already been allowed to see: every other module's records of them are read
     * by the files' scope, one joined query per table, whatever the number of files.
     */
    public List<TreatmentSignals> evaluate(TreatmentFiles files, LocalDate asOf) {
        if (files.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Evaluation>> evaluationsBy = evaluations.forTreatments(files.scope());
        SignalRecords.Recorded recorded = records.of(files.scope());
        Map<Long, List<TreatmentHistory.Acknowledgement>> acksBy = recorded.acknowledgements();
        Map<Long, List<MeasurementRecord>> recordsBy = scores.recordsOf(files);
        Map<Long, List<TreatmentHistory.Measurement>> scoresBy = scores.forTreatments(files.files(), recordsBy);
        Map<Long, List<TreatmentHistory.RiskCheck>> risksBy = scores.riskChecks(recordsBy);
        Map<Long, List<TreatmentHistory.RiskAssessment>> assessmentsBy = recorded.assessments();
        Map<Long, SignalPolicy> policyBy = new java.util.HashMap<>();
        // read up front, in one order, so that a page binds the same statements whatever its treatments
        Map<Long, Map<String, ExpectedCourse>> coursesBy = new java.util.HashMap<>();
        files.files().forEach(file -> coursesBy.computeIfAbsent(file.treatment().getPracticeId(), courses::of));
        return files.files().stream()
                .map(file -> {
                    Long practiceId = file.treatment().getPracticeId();
                    String primary = file.treatment().getPrimaryInstrument();
                    ExpectedCourse course = primary == null
                            ? null
                            : coursesBy.computeIfAbsent(practiceId, courses::of).get(primary);
                    List<TreatmentHistory.Measurement> scores =
                            PrimaryScores.withExpectations(file, scoresBy.getOrDefault(file.id(), List.of()), course);
                    OutcomeThresholds thresholds = thresholdsOf(file);
                    TreatmentHistory history = HistoryAssembler.assemble(
                            file,
                            evaluationsBy.getOrDefault(file.id(), List.of()),
                            scores,
                            thresholds,
                            acksBy.getOrDefault(file.id(), List.of()),
                            risksBy.getOrDefault(file.id(), List.of()),
                            assessmentsBy.getOrDefault(file.id(), List.of()));
                    if (history == null) {
                        return new TreatmentSignals(file, asOf, List.of(), scores, thresholds);
                    }
                    SignalPolicy policy = policyBy.computeIfAbsent(
                            file.treatment().getPracticeId(),
                            practice -> toSignalPolicy(policies.inForce(practice, asOf)));
                    List<Signal> signals = engine.evaluate(history, policy, asOf).stream()
                            .sorted(Signal.MOST_URGENT_FIRST)
                            .toList();
                    return new TreatmentSignals(file, asOf, signals, scores, thresholds);
                })
                .toList();
    }

    private @Nullable OutcomeThresholds thresholdsOf(TreatmentFile file) {
        String code = file.treatment().getPrimaryInstrument();
        return code == null
                ? null
                : instruments.find(code).map(Instrument::thresholds).orElse(null);
    }

    static SignalPolicy toSignalPolicy(Policy policy) {
        return new SignalPolicy(
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
                policy.evaluateAfterSessions());
    }
}
