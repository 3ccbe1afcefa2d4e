package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.closing.ClosingRecords;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.insight.internal.Extension;
import nl.afsluitwijzer.insight.internal.IndicatorReport;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.QuarterTrend;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;

/**
 * THE FORMER COMPUTATION, kept as the reference the new one must equal ({@link InsightsMatchTheReferenceTest}): turns
 * every treatment file of the practice into {@link TreatmentFacts} from the whole aggregates (files, evaluations,
 * measurements, closing records of all of them at once), and computes the figures of a period over all of them,
 * with the open signals of every treatment under way on its last day, as {@code Insights} did before it read only
 * what the period needs.
 */
class ReferenceIndicatorLoader {

    private final Evaluations evaluations;
    private final Measurements measurements;
    private final Signals signals;
    private final InstrumentCatalog instruments;
    private final ClosingRecords closings;

    ReferenceIndicatorLoader(
            Evaluations evaluations,
            Measurements measurements,
            Signals signals,
            InstrumentCatalog instruments,
            ClosingRecords closings) {
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.signals = signals;
        this.instruments = instruments;
        this.closings = closings;
    }

    List<TreatmentFacts> facts(TreatmentFiles files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Evaluation>> evaluationsBy = evaluations.forTreatments(files.scope());
        Map<Long, List<MeasurementRecord>> measurementsBy = measurements.forTreatments(files.scope());
        Map<Long, ClosingRecord> closingsBy = closings.of(files.scope());
        return files.files().stream()
                .map(file -> facts(
                        file,
                        evaluationsBy.getOrDefault(file.id(), List.of()),
                        measurementsBy.getOrDefault(file.id(), List.of()),
                        closingsBy.get(file.id())))
                .toList();
    }

    /** The unacknowledged signals, as of the day, of the treatments under way on that day. */
    List<OpenSignal> openSignals(TreatmentFiles files, LocalDate asOf) {
        return signals.evaluate(files.only(file -> underWay(file.treatment(), asOf)), asOf).stream()
                .flatMap(result -> result.signals().stream()
                        .filter(signal -> !signal.acknowledged())
                        .map(signal -> new OpenSignal(
                                result.file().id(),
                                result.file().treatment().getTherapistId(),
                                signal.code(),
                                signal.severity())))
                .toList();
    }

    private static boolean underWay(Treatment treatment, LocalDate asOf) {
        LocalDate start = treatment.getStartDate();
        LocalDate end = treatment.getEndDate();
        return start != null && !start.isAfter(asOf) && (end == null || end.isAfter(asOf));
    }

    private TreatmentFacts facts(
            TreatmentFile file,
            List<Evaluation> evaluated,
            List<MeasurementRecord> measured,
            @Nullable ClosingRecord closing) {
        Treatment treatment = file.treatment();
        String primary = treatment.getPrimaryInstrument();
        List<DatedScore> scores = measured.stream()
                .filter(m -> m.instrument().equals(primary) && m.goalId() == null)
                .map(MeasurementRecord::datedScore)
                .sorted(java.util.Comparator.comparing(DatedScore::date))
                .toList();
        return new TreatmentFacts(
                file.id(),
                treatment.getTherapistId(),
                treatment.getPhase(),
                treatment.getRegistrationDate(),
                treatment.getIntakeDate(),
                treatment.getStartDate(),
                treatment.getEndDate(),
                closingStarted(treatment),
                treatment.firstAgreedExpectedSessions().orElse(null),
                file.sessions().stream()
                        .filter(TreatmentSession::counts)
                        .map(TreatmentSession::getSessionDate)
                        .sorted()
                        .toList(),
                scores,
                primary == null
                        ? null
                        : instruments.find(primary).map(Instrument::thresholds).orElse(null),
                evaluated.stream().map(Evaluation::getEvaluatedOn).sorted().toList(),
                evaluated.stream()
                        .filter(Evaluation::isExtension)
                        .map(e -> new Extension(e.getEvaluatedOn(), sorted(e.extensionReasons())))
                        .toList(),
                closing);
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }

    private static LocalDate closingStarted(Treatment treatment) {
        return treatment.phaseHistory().stream()
                .filter(change -> change.phase() == Phase.CLOSING)
                .map(PhaseChange::changedOn)
                .findFirst()
                .orElse(null);
    }

    /** What {@code Insights.report} computed: the figures of the period and, for the practice, per therapist. */
    static IndicatorReport report(
            List<TreatmentFacts> facts, List<OpenSignal> signals, Period period, @Nullable Long therapist) {
        IndicatorCalculator calculator = new IndicatorCalculator();
        Indicators indicators = calculator.calculate(facts, signals, period, therapist);
        Map<Long, Indicators> byTherapist = new java.util.LinkedHashMap<>();
        if (therapist == null) {
            new java.util.TreeSet<>(
                            facts.stream().map(TreatmentFacts::therapistId).toList())
                    .forEach(id -> byTherapist.put(id, calculator.calculate(facts, signals, period, id)));
        }
        return new IndicatorReport(indicators, byTherapist, Map.of());
    }

    /** What {@code Insights.norm1Figures} computed per quarter. */
    static List<QuarterTrend> quarters(List<TreatmentFacts> facts, Period period) {
        IndicatorCalculator calculator = new IndicatorCalculator();
        return QuarterTrend.quartersOf(period).stream()
                .map(quarter -> QuarterTrend.of(quarter, calculator.calculate(facts, List.of(), quarter, null)))
                .toList();
    }
}
