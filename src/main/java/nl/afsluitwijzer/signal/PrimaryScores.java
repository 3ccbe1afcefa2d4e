package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The totals on each treatment's primary instrument and its answers to risk items, for many treatments in one query. */
@Component
class PrimaryScores {

    private final Measurements measurements;
    private final InstrumentCatalog instruments;

    PrimaryScores(Measurements measurements, InstrumentCatalog instruments) {
        this.measurements = measurements;
        this.instruments = instruments;
    }

    /** Every measurement of these treatments, in one query joined to their scope, by treatment id. */
    Map<Long, List<MeasurementRecord>> recordsOf(TreatmentFiles files) {
        return measurements.forTreatments(files.scope());
    }

    Map<Long, List<TreatmentHistory.Measurement>> forTreatments(
            List<TreatmentFile> files, Map<Long, List<MeasurementRecord>> records) {
        Map<Long, String> primary = files.stream()
                .filter(f -> f.treatment().getPrimaryInstrument() != null)
                .collect(Collectors.toMap(TreatmentFile::id, f -> f.treatment().getPrimaryInstrument(), (a, b) -> a));
        if (primary.isEmpty()) {
            return Map.of();
        }
        return records.entrySet().stream()
                .filter(entry -> primary.containsKey(entry.getKey()))
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> entry.getValue().stream()
                                .filter(m -> m.instrument().equals(primary.get(entry.getKey())) && m.goalId() == null)
                                .map(PrimaryScores::measurement)
                                .toList()));
    }

    /**
     * The answers to risk items (docs/instruments.md, riskAbove) of every measurement with item answers on an
     * instrument that has risk items, by treatment id, in the order recorded.
     */
    Map<Long, List<TreatmentHistory.RiskCheck>> riskChecks(Map<Long, List<MeasurementRecord>> records) {
        Map<Long, List<TreatmentHistory.RiskCheck>> checks = new HashMap<>();
        records.forEach((treatment, list) -> {
            List<TreatmentHistory.RiskCheck> found =
                    list.stream().map(this::riskCheck).flatMap(Optional::stream).toList();
            if (!found.isEmpty()) {
                checks.put(treatment, found);
            }
        });
        return checks;
    }

    private Optional<TreatmentHistory.RiskCheck> riskCheck(MeasurementRecord record) {
        if (record.enteredAsTotal()) {
            return Optional.empty();
        }
        return instruments
                .find(record.instrument())
                .filter(i -> !i.riskItems().isEmpty()
                        && record.answers().size() == i.items().size())
                .map(instrument -> new TreatmentHistory.RiskCheck(
                        record.date(),
                        instrument.code(),
                        instrument.riskItems().stream()
                                .map(item -> new TreatmentHistory.RiskAnswer(
                                        item.number(),
                                        record.answers().get(item.number() - 1),
                                        Objects.requireNonNull(item.riskAbove(), "a risk item has its threshold")))
                                .toList()));
    }

    /**
     * The primary measurements with, on each later one, the expectation of the practice's course for the
     * treatment's baseline at that measurement's treatment session (docs/expected-course.md).
     */
    static List<TreatmentHistory.Measurement> withExpectations(
            TreatmentFile file, List<TreatmentHistory.Measurement> scores, @Nullable ExpectedCourse course) {
        if (course == null || scores.size() < 2) {
            return scores;
        }
        List<LocalDate> counted = file.sessions().stream()
                .filter(TreatmentSession::counts)
                .map(TreatmentSession::getSessionDate)
                .toList();
        DatedScore baseline = new DatedScore(scores.get(0).date(), scores.get(0).total());
        List<TreatmentHistory.Measurement> result = new ArrayList<>();
        result.add(scores.get(0));
        for (TreatmentHistory.Measurement later : scores.subList(1, scores.size())) {
            TreatmentHistory.Expected expected = course.forMeasurement(
                            baseline, new DatedScore(later.date(), later.total()), counted)
                    .map(score -> new TreatmentHistory.Expected(
                            score.session(), score.expected(), score.low(), score.high(), score.learned()))
                    .orElse(null);
            result.add(new TreatmentHistory.Measurement(later.date(), later.total(), expected));
        }
        return result;
    }

    private static TreatmentHistory.Measurement measurement(MeasurementRecord record) {
        return new TreatmentHistory.Measurement(record.date(), record.total());
    }
}
