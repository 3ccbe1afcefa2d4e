package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.closing.ClosingRecords;
import nl.afsluitwijzer.evaluation.EvaluationFigures;
import nl.afsluitwijzer.insight.internal.Extension;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.TreatmentExtension;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementFigures;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.OpenSignals;
import nl.afsluitwijzer.treatment.TreatmentFigures;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what the figures of a period need, and no more: the {@link TreatmentFacts} of the treatments that had their
 * intake, start or end in the period (nothing else counts towards the figures on closed treatments and waiting
 * times), the extensions dated in it, and the open signals of the treatments under way on its last day. Each module
 * reads its own rows with one plain query joined to a scope of dates and the practice (never a list of ids), so the
 * number of statements is fixed and the rows read grow with the period's activity, not with the practice's history.
 */
@Component
class IndicatorLoader {

    private final TreatmentFigures treatments;
    private final EvaluationFigures evaluations;
    private final MeasurementFigures measurements;
    private final ClosingRecords closings;
    private final InstrumentCatalog instruments;
    private final OpenSignals signals;

    IndicatorLoader(
            TreatmentFigures treatments,
            EvaluationFigures evaluations,
            MeasurementFigures measurements,
            ClosingRecords closings,
            InstrumentCatalog instruments,
            OpenSignals signals) {
        this.treatments = treatments;
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.closings = closings;
        this.instruments = instruments;
        this.signals = signals;
    }

    /** The facts of the practice's treatments that had their intake, start or end in the period, in id order. */
    SteppedIn steppedIn(Long practiceId, Period period) {
        TreatmentScope scope = TreatmentScope.steppedIn(practiceId, period.from(), period.to());
        List<TreatmentFigures.Row> rows = treatments.treatments(scope);
        if (rows.isEmpty()) {
            return new SteppedIn(List.of(), Map.of());
        }
        Map<Long, List<LocalDate>> sessions = treatments.countedSessions(scope);
        Map<Long, List<EvaluationFigures.Row>> evaluated = evaluations.of(scope);
        Map<Long, List<DatedScore>> scores = measurements.primaryScores(scope);
        Map<Long, ClosingRecord> closed = closings.of(scope);
        List<TreatmentFacts> facts = rows.stream()
                .map(row -> {
                    List<EvaluationFigures.Row> own = evaluated.getOrDefault(row.id(), List.of());
                    return facts(
                            row,
                            sessions.getOrDefault(row.id(), List.of()),
                            scores.getOrDefault(row.id(), List.of()),
                            own.stream()
                                    .map(EvaluationFigures.Row::date)
                                    .sorted()
                                    .toList(),
                            own.stream()
                                    .filter(EvaluationFigures.Row::extension)
                                    .map(e -> new Extension(e.date(), e.reasons()))
                                    .toList(),
                            closed.get(row.id()));
                })
                .toList();
        Map<Long, String> references = new HashMap<>();
        rows.forEach(row -> references.put(row.id(), row.clientReference()));
        return new SteppedIn(facts, references);
    }

    /** The facts of the treatments that had a step in a period, and their clients' references by treatment id. */
    record SteppedIn(List<TreatmentFacts> facts, Map<Long, String> clientReferences) {}

    /**
     * What the capacity estimate reads of every treatment of the practice: its own values and its counted sessions
     * (its scores, evaluations and closing are left empty: the estimate reads none of them).
     */
    List<TreatmentFacts> sessionsOfPractice(Long practiceId) {
        TreatmentScope scope = TreatmentScope.wholePractice(practiceId);
        List<TreatmentFigures.Row> rows = treatments.treatments(scope);
        Map<Long, List<LocalDate>> sessions = rows.isEmpty() ? Map.of() : treatments.countedSessions(scope);
        return rows.stream()
                .map(row ->
                        facts(row, sessions.getOrDefault(row.id(), List.of()), List.of(), List.of(), List.of(), null))
                .toList();
    }

    /** The practice's extensions dated in the period, by treatment id, then oldest first. */
    List<TreatmentExtension> extensionsIn(Long practiceId, Period period) {
        return evaluations
                .extensionsBetween(TreatmentScope.wholePractice(practiceId), period.from(), period.to())
                .stream()
                .map(e ->
                        new TreatmentExtension(e.treatmentId(), e.therapistId(), new Extension(e.date(), e.reasons())))
                .toList();
    }

    /** The therapists of all the practice's treatments: the rows of the figures per therapist. */
    SortedSet<Long> therapistsOf(Long practiceId) {
        return treatments.therapistsOf(practiceId);
    }

    /** The unacknowledged signals, as of the day, of the treatments under way on that day, in treatment id order. */
    List<OpenSignal> openSignals(CurrentUser user, LocalDate asOf) {
        return signals.underWayOn(user, asOf).stream()
                .map(open -> new OpenSignal(open.treatmentId(), open.therapistId(), open.code(), open.severity()))
                .toList();
    }

    private TreatmentFacts facts(
            TreatmentFigures.Row row,
            List<LocalDate> sessions,
            List<DatedScore> scores,
            List<LocalDate> evaluationDates,
            List<Extension> extensions,
            @Nullable ClosingRecord closing) {
        return new TreatmentFacts(
                row.id(),
                row.therapistId(),
                row.phase(),
                row.registrationDate(),
                row.intakeDate(),
                row.startDate(),
                row.endDate(),
                row.closingStarted(),
                row.firstAgreedExpected(),
                sessions,
                scores,
                thresholds(row.primaryInstrument()),
                evaluationDates,
                extensions,
                closing);
    }

    private @Nullable OutcomeThresholds thresholds(@Nullable String primary) {
        return primary == null
                ? null
                : instruments.find(primary).map(Instrument::thresholds).orElse(null);
    }
}
