package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo therapist's caseload as the caseload page computes it (treatments, measurements and evaluations of the
 * demo practice): it shows what needs attention today — a few signals of each kind — not everything at once.
 * Other tests add treatments of their own, so only the demo clients (DW-…) are looked at.
 */
@IntegrationTest
class DemoCaseloadTest {

    @Autowired
    Signals signals;

    @Autowired
    TestTreatments fixtures;

    final List<TreatmentSignals> caseload = new ArrayList<>();

    @BeforeEach
    void readTheCaseload() {
        fixtures.as(
                "behandelaar",
                () -> caseload.addAll(signals.caseload(CurrentUser.require(), PracticeDay.today(), null).stream()
                        .filter(t -> t.file().client().getReference().startsWith("DW-"))
                        .toList()));
    }

    @Test
    void anEvaluationIsDueOnAFewTreatmentsNotOnMost() {
        List<TreatmentSignals> started = caseload.stream()
                .filter(t -> t.file().treatment().getPhase() == Phase.TREATMENT
                        || t.file().treatment().getPhase() == Phase.CLOSING)
                .toList();
        assertThat(started).hasSizeGreaterThanOrEqualTo(12);
        assertThat(started.stream().filter(t -> t.has(SignalCode.EVALUATION_DUE)))
                .hasSizeBetween(1, 2);
        assertThat(started.stream().filter(t -> t.file().treatment().getPhase() == Phase.CLOSING))
                .isNotEmpty()
                .noneMatch(t -> t.has(SignalCode.EVALUATION_DUE));
    }

    @Test
    void theCaseloadShowsAFewSignalsOfEachKind() {
        Map<SignalCode, Long> counts = counts();
        System.out.println(
                "Demo caseload of behandelaar, " + caseload.size() + " treatments; treatments per signal: " + counts);
        caseload.forEach(t -> System.out.println("  " + t.file().client().getReference() + " "
                + t.file().treatment().getPhase() + " "
                + t.signals().stream().map(x -> x.code() + ":" + x.severity()).toList()));
        assertThat(counts.keySet())
                .contains(
                        SignalCode.EVALUATION_DUE,
                        SignalCode.OVERRUN,
                        SignalCode.OVERRUN_IMMINENT,
                        SignalCode.GOAL_REACHED,
                        SignalCode.LOW_ALLIANCE,
                        SignalCode.BREAKTHROUGH_REVIEW,
                        SignalCode.SCOPE_CREEP,
                        SignalCode.NO_FADING_OUT,
                        SignalCode.AGREEMENTS_MISSING);
        assertThat(counts.values())
                .as("no signal on more than a third of the caseload")
                .allMatch(count -> count <= Math.max(3, caseload.size() / 3));
    }

    private Map<SignalCode, Long> counts() {
        return caseload.stream()
                .flatMap(t -> t.signals().stream().map(Signal::code).distinct())
                .collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
    }
}
