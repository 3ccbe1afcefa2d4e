package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import org.junit.jupiter.api.Test;

/** Demo histories are dated relative to their treatment, deterministically, and a mistake names its place. */
class DemoMeasurementPlanTest {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadFromClasspath();
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final DemoMeasurementPlan PLAN = new DemoMeasurementPlan(
            "DW-0001",
            5L,
            9L,
            "PHQ9",
            START,
            List.of(START, START.plusDays(7), START.plusDays(14)),
            List.of(50L, 51L),
            START.plusDays(20));

    @Test
    void datesFollowTheSessionsOrTheStartAndTheClientEntersWithoutAUser() {
        List<MeasurementRecord> records = PLAN.records(entry("""
                {"DW-0001": {"primary": [{"atSession": 1, "total": 16}, {"daysAfterStart": 20, "total": 9,
                 "source": "CLIENT"}], "goals": [{"goal": 2, "ratings": [{"atSession": 3, "rating": 7}]}]}}"""), CATALOG, NOW);
        assertThat(records)
                .extracting(MeasurementRecord::date)
                .containsExactly(START, START.plusDays(20), START.plusDays(14));
        assertThat(records).extracting(MeasurementRecord::band).containsExactly("MODERATELY_SEVERE", "MILD", "CLOSE");
        assertThat(records).extracting(MeasurementRecord::recordedBy).containsExactly(9L, null, 9L);
        assertThat(records.get(2).goalId()).isEqualTo(51L);
        assertThat(records.get(2).instrument()).isEqualTo("GBO");
        assertThat(PLAN.records(entry("""
                {"DW-0001": {"primary": [{"atSession": 1, "total": 16}]}}"""), CATALOG, NOW)).isEqualTo(PLAN.records(entry("""
                {"DW-0001": {"primary": [{"atSession": 1, "total": 16}]}}"""), CATALOG, NOW));
    }

    @Test
    void aMistakeNamesTheEntryAndTheField() {
        assertProblem(
                "{\"DW-0001\": {\"primary\": [{\"atSession\": 4, \"total\": 16}]}}",
                "DW-0001.primary[0].atSession: session 4 does not exist");
        assertProblem(
                "{\"DW-0001\": {\"primary\": [{\"atSession\": 1, \"daysAfterStart\": 2, \"total\": 16}]}}",
                "DW-0001.primary[0]: give exactly one of atSession and daysAfterStart");
        assertProblem(
                "{\"DW-0001\": {\"primary\": [{\"atSession\": 1, \"total\": 28}]}}",
                "DW-0001.primary[0]: PHQ9: the total 28 must lie in 0");
        assertProblem(
                "{\"DW-0001\": {\"goals\": [{\"goal\": 3, \"ratings\": []}]}}",
                "DW-0001.goals[0].goal: goal 3 does not exist");
        assertProblem(
                "{\"DW-0001\": {\"primary\": [{\"daysAfterStart\": 21, \"total\": 16}]}}",
                "DW-0001.primary[0]: would lie after today");
        assertThatThrownBy(() -> DemoMeasurementFile.read(
                        "x.json", "{\"DW-0001\": {\"primary\": [{\"atSesion\": 1}]}}", DemoFileReaderTest.VALIDATOR))
                .hasMessageContaining("atSesion");
    }

    @Test
    void theShippedFileIsReadAndEveryEntryMeansSomething() {
        Map<String, DemoMeasurementFile.Entry> shipped = DemoMeasurementFile.shipped(DemoFileReaderTest.VALIDATOR);
        assertThat(shipped).hasSizeGreaterThan(20);
        assertThat(shipped.keySet()).allMatch(reference -> reference.matches("DW-\\d{4}"));
        assertThat(shipped.values()).allMatch(e -> e.primary() != null || e.goals() != null || e.shows() != null);
    }

    private static void assertProblem(String json, String message) {
        assertThatThrownBy(() -> PLAN.records(entry(json), CATALOG, NOW)).hasMessageContaining(message);
    }

    private static DemoMeasurementFile.Entry entry(String json) {
        return DemoMeasurementFile.read("test.json", json, DemoFileReaderTest.VALIDATOR)
                .get("DW-0001");
    }
}
