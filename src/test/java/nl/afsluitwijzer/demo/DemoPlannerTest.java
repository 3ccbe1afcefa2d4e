package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.treatment.Phase;
import org.junit.jupiter.api.Test;

/** The shipped demo caseload, planned for a fixed day: complete, realistic in shape, and deterministic. */
class DemoPlannerTest {

    /** A Monday; the plan for it is the reference for the golden values below. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /**
     * Signals that need questionnaire answers (measurements, risk items), which the demo treatment file does not
     * hold; the rest its treatments show, evaluations (LOW_ALLIANCE, BREAKTHROUGH_REVIEW) included.
     */
    static final Set<SignalCode> NEEDS_OTHER_MODULES = EnumSet.of(
            SignalCode.PLATEAU,
            SignalCode.DETERIORATION,
            SignalCode.MEASUREMENT_OVERDUE,
            SignalCode.EVALUATION_WITHOUT_MEASUREMENT,
            SignalCode.NOT_ON_TRACK,
            SignalCode.SUICIDE_ITEM);

    final List<DemoTreatmentPlan> plans = DemoPlanner.plan(DemoFileReader.shipped(DemoFileReaderTest.VALIDATOR), TODAY);

    @Test
    void theDemoHasAboutThirtyTreatmentsInEveryPhase() {
        assertThat(plans).hasSizeBetween(28, 36);
        assertThat(plans.stream().map(DemoTreatmentPlan::phase)).containsAll(EnumSet.allOf(Phase.class));
        Map<Phase, Long> byPhase =
                plans.stream().collect(Collectors.groupingBy(DemoTreatmentPlan::phase, Collectors.counting()));
        assertThat(byPhase.get(Phase.REFERRED)).isBetween(3L, 4L);
        assertThat(byPhase.get(Phase.TREATMENT)).isGreaterThan(plans.size() / 3L);
        assertThat(byPhase.get(Phase.CLOSED)).isEqualTo(5L);
    }

    @Test
    void mostTreatmentsAreBehandelaarsAndSomeAreSharedWithTheColleague() {
        Map<String, Long> byTherapist =
                plans.stream().collect(Collectors.groupingBy(DemoTreatmentPlan::therapist, Collectors.counting()));
        assertThat(byTherapist.keySet()).containsExactlyInAnyOrder("behandelaar", "behandelaar2");
        assertThat(byTherapist.get("behandelaar")).isGreaterThan(byTherapist.get("behandelaar2"));
        assertThat(plans.stream().filter(p -> p.sharedWith() != null)).hasSizeBetween(2, 5);
    }

    @Test
    void theSameDayAlwaysGivesTheSameDemo() {
        List<DemoTreatmentPlan> again = DemoPlanner.plan(DemoFileReader.shipped(DemoFileReaderTest.VALIDATOR), TODAY);
        assertThat(again).isEqualTo(plans);
    }

    @Test
    void aDayWeeksLaterGivesTheSameDemoWeeksLater() {
        List<DemoTreatmentPlan> later =
                DemoPlanner.plan(DemoFileReader.shipped(DemoFileReaderTest.VALIDATOR), TODAY.plusWeeks(7));
        for (int i = 0; i < plans.size(); i++) {
            assertThat(later.get(i)).isEqualTo(shifted(plans.get(i), 49));
        }
    }

    @Test
    void theDemoCanBeCreatedOnAnyDayOfTheWeek() {
        for (int day = 0; day < 7; day++) {
            LocalDate today = TODAY.plusDays(day);
            assertThat(DemoPlanner.plan(DemoFileReader.shipped(DemoFileReaderTest.VALIDATOR), today))
                    .allSatisfy(plan -> {
                        assertThat(plan.sessions())
                                .allSatisfy(s -> assertThat(s.date())
                                        .isBeforeOrEqualTo(today)
                                        .matches(d -> d.getDayOfWeek().getValue() <= 5, "a weekday"));
                        assertThat(plan.phases())
                                .allSatisfy(p -> assertThat(p.date()).isBeforeOrEqualTo(today));
                    });
        }
    }

    @Test
    void treatmentsStartedWithinTheLastEighteenMonthsExceptTheLongRunningOnes() {
        List<Long> weeksAgo = plans.stream()
                .filter(p -> p.dateOf(Phase.TREATMENT) != null)
                .map(p -> ChronoUnit.WEEKS.between(p.dateOf(Phase.TREATMENT), TODAY))
                .sorted()
                .toList();
        assertThat(weeksAgo.stream().filter(w -> w > 78)).hasSize(1);
        assertThat(weeksAgo.get(weeksAgo.size() - 1)).isGreaterThan(730 / 7);
        assertThat(weeksAgo).anyMatch(w -> w > 365 / 7 && w < 78).anyMatch(w -> w <= 4);
        assertThat(plans.stream()
                        .filter(p -> p.phase() == Phase.CLOSED)
                        .map(p -> ChronoUnit.WEEKS.between(p.dateOf(Phase.CLOSED), TODAY)))
                .allMatch(w -> w <= 78)
                .anyMatch(w -> w > 52)
                .anyMatch(w -> w <= 8);
    }

    @Test
    void everyEntryRaisesTheSignalsItIsMeantToShow() {
        for (DemoTreatmentPlan plan : plans) {
            Set<SignalCode> meant =
                    plan.shows().stream().map(SignalCode::valueOf).collect(Collectors.toSet());
            assertThat(DemoSignals.codes(plan, TODAY))
                    .as(plan.client().reference())
                    .containsAll(meant);
        }
    }

    @Test
    void theDemoShowsEverySignalThatTheTreatmentRecordAloneCanRaise() {
        Set<SignalCode> shown = plans.stream()
                .flatMap(p -> DemoSignals.codes(p, TODAY).stream())
                .collect(Collectors.toSet());
        assertThat(shown).containsAll(EnumSet.complementOf(EnumSet.copyOf(NEEDS_OTHER_MODULES)));
        Set<String> meant = plans.stream().flatMap(p -> p.shows().stream()).collect(Collectors.toSet());
        assertThat(meant)
                .containsAll(EnumSet.complementOf(EnumSet.copyOf(NEEDS_OTHER_MODULES)).stream()
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void theExtendedOverrunTreatmentHasItsGoldenNumbers() {
        DemoTreatmentPlan plan = byReference().get("DW-1083");
        assertThat(plan.dateOf(Phase.TREATMENT)).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(plan.attendedSessions()).isEqualTo(19);
        assertThat(plan.expectedSessions()).isEqualTo(16);
        assertThat(plan.sharedWith()).isEqualTo("behandelaar2");
        assertThat(plan.extensions())
                .singleElement()
                .extracting(DemoTreatmentPlan.PlannedExpected::from)
                .isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void mostStartedTreatmentsWereEvaluatedOnTimeAndOnlyAFewStillNeedTheirEvaluation() {
        List<DemoTreatmentPlan> started =
                plans.stream().filter(p -> p.dateOf(Phase.TREATMENT) != null).toList();
        assertThat(started.stream().filter(p -> !p.evaluations().isEmpty())).hasSizeGreaterThan(started.size() / 2);
        List<DemoTreatmentPlan> due = started.stream()
                .filter(p -> DemoSignals.codes(p, TODAY).contains(SignalCode.EVALUATION_DUE))
                .toList();
        assertThat(due)
                .hasSizeBetween(1, 3)
                .allSatisfy(p -> assertThat(p.phase()).isEqualTo(Phase.TREATMENT));
    }

    @Test
    void theLongestTreatmentIsExtendedOnlyAtEvaluationsWithReasons() {
        DemoTreatmentPlan plan = byReference().get("DW-0857");
        assertThat(plan.agreements().expectedSessions()).isEqualTo(16);
        assertThat(plan.extensions())
                .extracting(DemoTreatmentPlan.PlannedExpected::sessions)
                .containsExactly(24, 36, 48);
        assertThat(plan.evaluations())
                .filteredOn(x -> x.expectedSessions() != null)
                .allSatisfy(x -> assertThat(x.reasons()).isNotEmpty());
    }

    @Test
    void theClosingPhaseFadesOutInOneTreatmentAndNotInAnother() {
        assertThat(DemoSignals.codes(byReference().get("DW-1126"), TODAY)).contains(SignalCode.NO_FADING_OUT);
        assertThat(DemoSignals.codes(byReference().get("DW-1117"), TODAY)).doesNotContain(SignalCode.NO_FADING_OUT);
    }

    private Map<String, DemoTreatmentPlan> byReference() {
        return plans.stream().collect(Collectors.toMap(p -> p.client().reference(), Function.identity()));
    }

    private static DemoTreatmentPlan shifted(DemoTreatmentPlan p, int days) {
        return new DemoTreatmentPlan(
                p.therapist(),
                p.sharedWith(),
                p.client(),
                p.helpQuestion(),
                p.complex(),
                p.phases().stream()
                        .map(x -> new DemoTreatmentPlan.PlannedPhase(
                                x.phase(), x.date().plusDays(days), x.reason()))
                        .toList(),
                p.agreements(),
                p.evaluations().stream().map(x -> x.shifted(days)).toList(),
                p.goals().stream()
                        .map(g -> new DemoTreatmentPlan.PlannedGoal(
                                g.description(),
                                g.criterion(),
                                g.addedOn().plusDays(days),
                                g.status(),
                                g.statusOn() == null ? null : g.statusOn().plusDays(days)))
                        .toList(),
                p.sessions().stream()
                        .map(s -> new DemoTreatmentPlan.PlannedSession(s.date().plusDays(days), s.kind(), s.attended()))
                        .toList(),
                p.discussions().stream()
                        .map(d ->
                                new DemoTreatmentPlan.PlannedDiscussion(d.date().plusDays(days), d.kind(), d.note()))
                        .toList(),
                p.shows(),
                p.referral(),
                p.screening() == null
                        ? null
                        : new DemoTreatmentPlan.PlannedScreening(
                                p.screening().date().plusDays(days),
                                p.screening().outcome(),
                                p.screening().reasons(),
                                p.screening().otherReason()));
    }
}
