package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.SignalEngine;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo practice's measurement histories (demo/measurements.json, written at start-up): every classification,
 * and the measurement signals exactly where the file means them, by the real rule engine with the default policy.
 */
@IntegrationTest
class DemoMeasurementsTest {

    /** The signals that depend on measurements; each shows on exactly the demo treatments whose entry names it. */
    static final Set<SignalCode> MEASUREMENT_SIGNALS = EnumSet.of(
            SignalCode.BASELINE_MISSING, SignalCode.PLATEAU, SignalCode.DETERIORATION, SignalCode.MEASUREMENT_OVERDUE);

    @Autowired
    Treatments treatments;

    @Autowired
    Measurements measurements;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Clock clock;

    final Map<String, DemoMeasurementFile.Entry> entries = DemoMeasurementFile.shipped(DemoFileReaderTest.VALIDATOR);
    Map<String, TreatmentFile> demo;
    Map<Long, List<MeasurementRecord>> measured;

    @BeforeEach
    void readTheDemoPractice() {
        List<TreatmentFile> files = new ArrayList<>();
        fixtures.as("manager", () -> files.addAll(treatments.visible(CurrentUser.require(), null)));
        demo = files.stream()
                .filter(f -> f.client().getReference().startsWith("DW-"))
                .collect(Collectors.toMap(f -> f.client().getReference(), Function.identity()));
        measured = measurements.forTreatments(
                demo.values().stream().map(TreatmentFile::id).toList());
    }

    @Test
    void theDemoShowsEveryClassification() {
        Set<Classification> shown = demo.values().stream()
                .map(f -> history(f).classification())
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        assertThat(shown).containsExactlyInAnyOrder(Classification.values());
    }

    @Test
    void eachEntryShowsTheClassificationItIsMeantTo() {
        entries.forEach((reference, entry) -> assertThat(
                        history(demo.get(reference)).classification().orElse(null))
                .as(reference)
                .isEqualTo(entry.classification()));
    }

    @Test
    void theMeasurementSignalsShowExactlyWhereTheyAreMeantTo() {
        LocalDate today = LocalDate.now(clock);
        SignalEngine engine = new SignalEngine();
        Set<SignalCode> seen = new TreeSet<>();
        demo.forEach((reference, file) -> {
            if (file.treatment().getStartDate() == null) {
                return;
            }
            Set<SignalCode> shown =
                    engine.evaluate(DemoHistories.of(file, history(file)), SignalPolicy.defaults(), today).stream()
                            .map(Signal::code)
                            .filter(MEASUREMENT_SIGNALS::contains)
                            .collect(Collectors.toSet());
            DemoMeasurementFile.Entry entry = entries.get(reference);
            Set<SignalCode> meant = entry == null
                    ? Set.of()
                    : entry.showsOrNone().stream().map(SignalCode::valueOf).collect(Collectors.toSet());
            assertThat(shown).as(reference).isEqualTo(meant);
            seen.addAll(shown);
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(MEASUREMENT_SIGNALS);
    }

    @Test
    void mostTreatmentsInTreatmentHaveABaselineAndSomeHaveGoalRatingsOrClientEntries() {
        List<TreatmentFile> inTreatment = demo.values().stream()
                .filter(f -> f.treatment().getPhase().name().equals("TREATMENT"))
                .toList();
        long withBaseline = inTreatment.stream()
                .filter(f -> history(f).baseline().isPresent())
                .count();
        assertThat(withBaseline).isGreaterThan(inTreatment.size() * 3L / 4);
        List<MeasurementRecord> all =
                measured.values().stream().flatMap(List::stream).toList();
        assertThat(all)
                .anyMatch(m -> m.goalId() != null)
                .anyMatch(m -> m.source() == MeasurementSource.CLIENT)
                .allMatch(m -> m.source() == MeasurementSource.CLIENT || m.recordedBy() != null);
    }

    private MeasurementHistory history(TreatmentFile file) {
        return measurements.history(
                file.treatment().getPrimaryInstrument(), measured.getOrDefault(file.id(), List.of()));
    }
}
