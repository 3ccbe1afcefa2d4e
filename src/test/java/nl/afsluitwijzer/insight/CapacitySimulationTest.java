package nl.afsluitwijzer.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.insight.internal.CapacityEstimate;
import nl.afsluitwijzer.insight.internal.CapacitySimulation;
import nl.afsluitwijzer.insight.internal.SimulationParameters;
import nl.afsluitwijzer.insight.internal.SimulationResult;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.treatment.Phase;
import org.junit.jupiter.api.Test;

class CapacitySimulationTest {

    final CapacitySimulation simulation = new CapacitySimulation();

    static SimulationParameters practice(long seed) {
        return new SimulationParameters(1.5, 20, List.of(8, 10, 12, 14, 16, 20), 0.8, 30, 22, 52, 200, seed);
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        assertThat(simulation.run(practice(42))).isEqualTo(simulation.run(practice(42)));
        assertThat(simulation.run(practice(42))).isNotEqualTo(simulation.run(practice(43)));
    }

    /** Utilisation 2 × 10 / 22 = 0.91; Little's law L = λW must hold within 10 % in the steady state. */
    @Test
    void theSteadyStateObeysLittlesLaw() {
        SimulationParameters stable = new SimulationParameters(2, 22, List.of(10), 1.0, 0, 0, 520, 40, 7);
        assertThat(stable.utilisation()).isCloseTo(0.909, within(0.001));
        SimulationResult result = simulation.run(stable);
        double littlesL = result.meanArrivalsPerWeek() * result.meanWaitWeeks();
        assertThat(result.meanListLength()).isGreaterThan(0.5);
        assertThat(result.meanListLength()).isCloseTo(littlesL, within(0.10 * littlesL));
        assertThat(result.meanArrivalsPerWeek()).isCloseTo(2.0, within(0.05));
    }

    @Test
    void shorterTreatmentsAndAnExtraTherapistDayShortenTheList() {
        SimulationParameters now = practice(42);
        SimulationResult base = simulation.run(now);
        SimulationResult shorter = simulation.run(now.withMeanSessions(now.meanSessions() - 2));
        SimulationResult moreSlots = simulation.run(now.withExtraSlots(8));
        assertThat(shorter.endListLength().p50())
                .isLessThan(base.endListLength().p50());
        assertThat(moreSlots.endListLength().p50())
                .isLessThan(base.endListLength().p50());
        assertThat(base.endListLength().p10())
                .isLessThanOrEqualTo(base.endListLength().p90());
    }

    @Test
    void scalingTheDistributionMovesItsMean() {
        SimulationParameters shorter = practice(1).withMeanSessions(12);
        assertThat(shorter.meanSessions()).isCloseTo(12, within(0.2));
        assertThat(practice(1).caseload()).isEqualTo(25);
    }

    @Test
    void theEstimateReadsInflowCapacityAndLengthsFromThePracticeRecords() {
        LocalDate today = LocalDate.of(2026, 4, 1);
        List<TreatmentFacts> facts = List.of(
                Facts.treatment(1, 1)
                        .waited("2026-01-05", "2026-01-12", "2026-01-19")
                        .ended(Phase.CLOSED, "2026-03-30")
                        .expected(10)
                        .weeklySessions("2026-01-19", 10)
                        .build(),
                Facts.treatment(2, 1)
                        .waited("2026-03-02", null, null)
                        .phase(Phase.REFERRED)
                        .build(),
                Facts.treatment(3, 1)
                        .waited("2025-01-02", "2025-01-10", "2025-02-01")
                        .phase(Phase.TREATMENT)
                        .build());
        SimulationParameters estimate = CapacityEstimate.from(facts, today, 100, 5);
        assertThat(estimate.arrivalsPerWeek()).isCloseTo(2.0 / 26, within(1e-9));
        // 10 sessions in the last 12 weeks are 0.83 a week, raised to the minimum of one slot
        assertThat(estimate.slotsPerWeek()).isEqualTo(1.0);
        assertThat(estimate.sessionsPerTreatment()).containsExactly(10);
        assertThat(estimate.sessionsPerWeek()).isEqualTo(1.0);
        assertThat(estimate.waitingNow()).isEqualTo(1);
        assertThat(estimate.activeNow()).isEqualTo(1);
    }
}
