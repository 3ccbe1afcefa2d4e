package nl.afsluitwijzer.insight;

import static nl.afsluitwijzer.closing.ChecklistItem.END_MEASUREMENT;
import static nl.afsluitwijzer.closing.ChecklistItem.GP_LETTER;
import static nl.afsluitwijzer.closing.ChecklistItem.HANDOVER_ORAL;
import static nl.afsluitwijzer.closing.ChecklistItem.RETURN_GUARANTEE;
import static nl.afsluitwijzer.closing.ClosingReason.CLIENT_STOPPED;
import static nl.afsluitwijzer.closing.ClosingReason.GOAL_REACHED;
import static nl.afsluitwijzer.closing.ClosingReason.NO_FURTHER_IMPROVEMENT;
import static nl.afsluitwijzer.closing.ClosingReason.OTHER;
import static nl.afsluitwijzer.closing.ClosingReason.TRANSFERRED;
import static nl.afsluitwijzer.evaluation.ExtensionReason.FEAR_OF_RELAPSE;
import static nl.afsluitwijzer.evaluation.ExtensionReason.LOYALTY;
import static nl.afsluitwijzer.evaluation.ExtensionReason.OVERCARE;
import static nl.afsluitwijzer.evaluation.ExtensionReason.PRODUCTION_PRESSURE;
import static nl.afsluitwijzer.insight.Facts.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.insight.internal.WaitingTime;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.treatment.Phase;
import org.junit.jupiter.api.Test;

/**
 * The indicators of March 2026 on a constructed practice of eleven treatments, every number computed by hand
 * (see the comment at each treatment). Therapist 1 has treatments 1, 3, 5, 6, 8 and 9; therapist 2 the rest.
 * Closed in March through the checklist: 1 (goal reached, complete), 2 (no further improvement, no GP letter),
 * 3 (client stopped, no end measurement and no letter), 6 (goal reached, no letter) and 8 (other, complete);
 * 7 ended by a phase change without the checklist; the closings of 4 and 5 fall just outside the period.
 */
class IndicatorCalculatorTest {

    static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    static final List<TreatmentFacts> PRACTICE = List.of(
            // ends on `from`: n 10 <= E 12; H 6 = 26 Jan, evaluated then; baseline 22 Dec; 18 -> 8 recovered
            treatment(1, 1)
                    .waited("2025-11-10", "2025-12-01", "2025-12-22")
                    .ended(Phase.CLOSED, "2026-03-01")
                    .expected(12)
                    .weeklySessions("2025-12-22", 10)
                    .evaluated("2026-01-26")
                    .score("2025-12-22", 18)
                    .score("2026-02-16", 8)
                    .closedWith(GOAL_REACHED, null)
                    .build(),
            // ends on `to`: n 12 > E 8; H 4 = 27 Jan, first evaluation 3 Feb (late); first score after session 2;
            // 15 -> 13 unchanged; extended 2 March for fear of relapse and loyalty; closed without a GP letter
            treatment(2, 2)
                    .waited("2025-12-01", "2025-12-15", "2026-01-06")
                    .ended(Phase.CLOSED, "2026-03-31")
                    .expected(8)
                    .weeklySessions("2026-01-06", 12)
                    .evaluated("2026-02-03")
                    .extended("2026-03-02", FEAR_OF_RELAPSE, LOYALTY)
                    .score("2026-01-20", 15)
                    .score("2026-03-24", 13)
                    .closedWith(NO_FURTHER_IMPROVEMENT, "Huisarts wil geen brief", GP_LETTER)
                    .build(),
            // dropped out, no E, no scores; started 2 March, 10 days after the intake; no end measurement, no letter
            treatment(3, 1)
                    .waited("2026-01-10", "2026-02-20", "2026-03-02")
                    .ended(Phase.DROPPED_OUT, "2026-03-15")
                    .sessions("2026-03-02", "2026-03-05", "2026-03-09")
                    .closedWith(CLIENT_STOPPED, "Cliënt reageert niet meer", END_MEASUREMENT, GP_LETTER)
                    .build(),
            // ends the day before `from`: not counted, nor its February extension or its closing
            treatment(4, 2)
                    .waited("2025-10-01", "2025-10-10", "2025-11-01")
                    .ended(Phase.TRANSFERRED, "2026-02-28")
                    .expected(12)
                    .weeklySessions("2025-11-03", 5)
                    .extended("2026-02-27", OVERCARE)
                    .closedWith(TRANSFERRED, "Geen mondelinge overdracht mogelijk", HANDOVER_ORAL)
                    .build(),
            // ends the day after `to`: not counted, nor its closing
            treatment(5, 1)
                    .waited("2025-11-01", "2025-11-15", "2025-12-01")
                    .ended(Phase.CLOSED, "2026-04-01")
                    .expected(12)
                    .weeklySessions("2025-12-01", 5)
                    .closedWith(GOAL_REACHED, "Vergeten", RETURN_GUARANTEE)
                    .build(),
            // n 4 <= E 4; H 2 = 8 Feb, evaluated then; 20 -> 27 deteriorated; the 22 Feb score lies in the
            // closing phase (from 20 Feb), before the 3-week window (from 27 Feb): an end measurement; closed
            // with the goal reached but without the GP letter
            treatment(6, 1)
                    .waited("2026-01-01", "2026-01-15", "2026-02-01")
                    .ended(Phase.CLOSED, "2026-03-20")
                    .expected(4)
                    .weeklySessions("2026-02-01", 4)
                    .evaluated("2026-02-08")
                    .closingFrom("2026-02-20")
                    .score("2026-02-01", 20)
                    .score("2026-02-22", 27)
                    .closedWith(GOAL_REACHED, "Brief volgt na de laatste sessie", GP_LETTER)
                    .build(),
            // n 6 <= E 10; H 5 = 17 Feb, never evaluated (late); 22 -> 15 reliably improved but still a case;
            // last score 3 Feb is before the window (from 17 Feb): no end measurement; closed by a phase change,
            // without the checklist
            treatment(7, 2)
                    .waited("2025-12-01", "2026-01-05", "2026-01-20")
                    .ended(Phase.CLOSED, "2026-03-10")
                    .expected(10)
                    .weeklySessions("2026-01-20", 6)
                    .score("2026-01-20", 22)
                    .score("2026-02-03", 15)
                    .build(),
            // closed after 2 of E 12: H not reached, so not in the mid-evaluation figure; one score, no
            // instrument thresholds: baseline yes, no end measurement, no pair; started 91 days after intake;
            // closed for another reason with the checklist complete
            treatment(8, 1)
                    .waited("2025-11-20", "2025-12-01", "2026-03-02")
                    .ended(Phase.CLOSED, "2026-03-25")
                    .expected(12)
                    .sessions("2026-03-02", "2026-03-09")
                    .score("2026-03-09", 12)
                    .noInstrument()
                    .closedWith(OTHER, null)
                    .build(),
            // open: intake 32 days after registration (outside), start 26 days after intake (within)
            treatment(9, 1)
                    .waited("2026-02-01", "2026-03-05", "2026-03-31")
                    .phase(Phase.TREATMENT)
                    .extended("2026-03-20", FEAR_OF_RELAPSE, PRODUCTION_PRESSURE)
                    .build(),
            // waiting for treatment: intake 14 days after registration (within)
            treatment(10, 2)
                    .waited("2026-02-15", "2026-03-01", null)
                    .phase(Phase.INTAKE)
                    .build(),
            // open, extended on `to`
            treatment(11, 2)
                    .waited("2025-10-01", "2025-10-20", "2025-11-01")
                    .phase(Phase.TREATMENT)
                    .extended("2026-03-31", FEAR_OF_RELAPSE)
                    .build());

    static final List<OpenSignal> SIGNALS = List.of(
            new OpenSignal(9, 1, SignalCode.OVERRUN, Severity.ACTION),
            new OpenSignal(9, 1, SignalCode.MEASUREMENT_OVERDUE, Severity.INFO),
            new OpenSignal(11, 2, SignalCode.OVERRUN, Severity.ACTION));

    final Indicators practice = new IndicatorCalculator().calculate(PRACTICE, SIGNALS, MARCH, null);
    final Indicators therapistOne = new IndicatorCalculator().calculate(PRACTICE, SIGNALS, MARCH, 1L);

    @Test
    void treatmentsEndingOnEitherEdgeOfThePeriodCountAndThoseJustOutsideDoNot() {
        assertThat(practice.closed()).isEqualTo(6);
        assertThat(practice.behind(Figure.CLOSED)).containsExactly(1L, 2L, 3L, 6L, 7L, 8L);
    }

    @Test
    void sessionsPerClosedTreatmentHaveMedianMeanAndHistogram() {
        assertThat(practice.sessions().median()).isEqualTo(5.0);
        assertThat(practice.sessions().mean()).isEqualTo(6.2);
        assertThat(practice.sessions().histogram())
                .containsExactly(
                        Map.entry(2, 1),
                        Map.entry(3, 1),
                        Map.entry(4, 1),
                        Map.entry(6, 1),
                        Map.entry(10, 1),
                        Map.entry(12, 1));
        assertThat(practice.behind(Figure.SESSIONS + 12)).containsExactly(2L);
    }

    @Test
    void closedWithinTheFirstAgreedExpectedSessionsLeavesOutTreatmentsWithoutE() {
        assertThat(practice.withinExpected()).isEqualTo(new Rate(4, 5));
        assertThat(practice.withinExpected().percent()).isEqualTo(80.0);
        assertThat(practice.withoutExpected()).isEqualTo(1);
        assertThat(practice.behind(Figure.OUTSIDE_E)).containsExactly(2L);
        assertThat(practice.behind(Figure.NO_E)).containsExactly(3L);
    }

    @Test
    void midEvaluationIsOnTimeWhenDatedOnOrBeforeSessionHAndCountsOnlyTreatmentsThatReachedH() {
        assertThat(practice.midEvaluationOnTime()).isEqualTo(new Rate(2, 4));
        assertThat(practice.behind(Figure.MID_LATE)).containsExactly(2L, 7L);
    }

    @Test
    void baselineAndEndMeasurementFollowTheirWindows() {
        assertThat(practice.baseline()).isEqualTo(new Rate(4, 6));
        assertThat(practice.baseline().percent()).isEqualTo(66.7);
        assertThat(practice.behind(Figure.NO_BASELINE)).containsExactly(2L, 3L);
        assertThat(practice.endMeasurement()).isEqualTo(new Rate(3, 6));
        assertThat(practice.behind(Figure.END_MEASUREMENT)).containsExactly(1L, 2L, 6L);
    }

    @Test
    void outcomesAreMutuallyExclusiveOverAllClosedTreatments() {
        assertThat(practice.outcomes())
                .containsExactly(
                        Map.entry("RECOVERED", new Rate(1, 6)),
                        Map.entry("RELIABLY_IMPROVED", new Rate(1, 6)),
                        Map.entry("UNCHANGED", new Rate(1, 6)),
                        Map.entry("RELIABLY_DETERIORATED", new Rate(1, 6)),
                        Map.entry("NO_PAIR", new Rate(2, 6)));
        assertThat(practice.behind(Figure.OUTCOME + "RELIABLY_DETERIORATED")).containsExactly(6L);
        assertThat(practice.behind(Figure.OUTCOME + Figure.NO_PAIR)).containsExactly(3L, 8L);
    }

    @Test
    void extensionsInThePeriodFormAParetoOfReasonsAndCountPerLevel() {
        assertThat(practice.extensions()).isEqualTo(3);
        assertThat(practice.extensionReasons())
                .containsExactly(
                        new ParetoBar("FEAR_OF_RELAPSE", 3, 60.0),
                        new ParetoBar("LOYALTY", 1, 80.0),
                        new ParetoBar("PRODUCTION_PRESSURE", 1, 100.0));
        assertThat(practice.extensionLevels())
                .containsExactly(
                        Map.entry(ReasonLevel.PATIENT, 3),
                        Map.entry(ReasonLevel.THERAPIST, 1),
                        Map.entry(ReasonLevel.ORGANISATION, 1));
        assertThat(practice.behind(Figure.REASON + "FEAR_OF_RELAPSE")).containsExactly(2L, 9L, 11L);
    }

    @Test
    void openSignalsAreCountedByCode() {
        assertThat(practice.openSignals())
                .containsExactly(Map.entry(SignalCode.OVERRUN, 2), Map.entry(SignalCode.MEASUREMENT_OVERDUE, 1));
        assertThat(practice.openActionSignals()).isEqualTo(2);
        assertThat(practice.behind(Figure.OPEN_ACTION_SIGNALS)).containsExactly(9L, 11L);
    }

    @Test
    void waitingTimesCountTheStepsReachedInThePeriodAgainstTheTreeknorm() {
        assertThat(practice.toIntake()).isEqualTo(new WaitingTime(23.0, 23.0, 28, new Rate(1, 2)));
        assertThat(practice.behind(Figure.INTAKE_OUTSIDE_NORM)).containsExactly(9L);
        assertThat(practice.toStart()).isEqualTo(new WaitingTime(26.0, 42.3, 70, new Rate(2, 3)));
        assertThat(practice.behind(Figure.START_OUTSIDE_NORM)).containsExactly(8L);
    }

    @Test
    void aReferralEndedAtScreeningIsNoClosedTreatmentAndHasNoWait() {
        TreatmentFacts screenedOut = Facts.treatment(40, 1)
                .waited("2026-03-02", null, null)
                .ended(Phase.TRANSFERRED, "2026-03-09")
                .build();
        Indicators alone = new IndicatorCalculator().calculate(List.of(screenedOut), List.of(), MARCH, null);
        assertThat(alone.closed()).isZero();
        assertThat(alone.toIntake().withinNorm().of()).isZero();
        assertThat(alone.toIntake().meanDays()).isNull();
    }

    @Test
    void theTherapistFilterKeepsOnlyThatTherapistsTreatments() {
        assertThat(therapistOne.closed()).isEqualTo(4);
        assertThat(therapistOne.sessions().median()).isEqualTo(3.5);
        assertThat(therapistOne.sessions().mean()).isEqualTo(4.8);
        assertThat(therapistOne.withinExpected()).isEqualTo(new Rate(3, 3));
        assertThat(therapistOne.midEvaluationOnTime()).isEqualTo(new Rate(2, 2));
        assertThat(therapistOne.baseline()).isEqualTo(new Rate(3, 4));
        assertThat(therapistOne.endMeasurement()).isEqualTo(new Rate(2, 4));
        assertThat(therapistOne.extensionReasons())
                .containsExactly(
                        new ParetoBar("FEAR_OF_RELAPSE", 1, 50.0), new ParetoBar("PRODUCTION_PRESSURE", 1, 100.0));
        assertThat(therapistOne.openSignals())
                .containsExactly(Map.entry(SignalCode.OVERRUN, 1), Map.entry(SignalCode.MEASUREMENT_OVERDUE, 1));
        assertThat(therapistOne.openActionSignals()).isEqualTo(1);
        assertThat(therapistOne.toIntake()).isEqualTo(new WaitingTime(32.0, 32.0, 28, new Rate(0, 1)));
        assertThat(therapistOne.toStart()).isEqualTo(new WaitingTime(26.0, 42.3, 70, new Rate(2, 3)));
    }

    @Test
    void closingReasonsCountTheTreatmentsClosedThroughTheChecklistOnEitherEdgeAndNotJustOutside() {
        assertThat(practice.closingReasons())
                .containsExactly(
                        Map.entry(ClosingReason.GOAL_REACHED, 2),
                        Map.entry(ClosingReason.NO_FURTHER_IMPROVEMENT, 1),
                        Map.entry(ClosingReason.TRANSFERRED, 0),
                        Map.entry(ClosingReason.CLIENT_STOPPED, 1),
                        Map.entry(ClosingReason.OTHER, 1));
        assertThat(practice.behind(Figure.CLOSING_REASON + "GOAL_REACHED")).containsExactly(1L, 6L);
        assertThat(practice.behind(Figure.CLOSING_REASON + "TRANSFERRED")).isEmpty();
        assertThat(practice.withoutChecklist()).isEqualTo(1);
        assertThat(practice.behind(Figure.NO_CHECKLIST)).containsExactly(7L);
    }

    @Test
    void checklistCompletenessIsTheShareOfClosingsThroughTheChecklistWithNothingMissing() {
        assertThat(practice.checklistComplete()).isEqualTo(new Rate(2, 5));
        assertThat(practice.checklistComplete().percent()).isEqualTo(40.0);
        assertThat(practice.behind(Figure.CHECKLIST_COMPLETE)).containsExactly(1L, 8L);
        assertThat(practice.behind(Figure.CHECKLIST_INCOMPLETE)).containsExactly(2L, 3L, 6L);
    }

    @Test
    void missingItemsAreCountedPerItemAndTheReasonsGivenAreListedByClosingDate() {
        assertThat(practice.missingItems())
                .containsExactly(Map.entry(ChecklistItem.END_MEASUREMENT, 1), Map.entry(ChecklistItem.GP_LETTER, 3));
        assertThat(practice.behind(Figure.MISSING + "GP_LETTER")).containsExactly(2L, 3L, 6L);
        assertThat(practice.behind(Figure.MISSING + "HANDOVER_ORAL")).isEmpty();
        assertThat(practice.incompleteClosings())
                .extracting(ClosingRecord::treatmentId, ClosingRecord::missingReason)
                .containsExactly(
                        tuple(3L, "Cliënt reageert niet meer"),
                        tuple(6L, "Brief volgt na de laatste sessie"),
                        tuple(2L, "Huisarts wil geen brief"));
    }

    @Test
    void aPageListsTheFiftyMostRecentIncompleteClosingsAndCountsTheRest() {
        List<TreatmentFacts> many = new ArrayList<>();
        for (int day = 1; day <= 52; day++) {
            many.add(treatment(day, 1L)
                    .waited("2026-01-05", "2026-01-12", "2026-01-19")
                    .weeklySessions("2026-01-19", 6)
                    .ended(
                            Phase.CLOSED,
                            LocalDate.of(2026, 3, 1).plusDays(day % 31).toString())
                    .closedWith(GOAL_REACHED, "Reden " + day, GP_LETTER)
                    .build());
        }

        Indicators indicators = new IndicatorCalculator().calculate(many, List.of(), MARCH, null);

        assertThat(indicators.incompleteClosings()).hasSize(52);
        assertThat(indicators.listedIncompleteClosings())
                .hasSize(Indicators.LISTED_INCOMPLETE_CLOSINGS)
                .isEqualTo(indicators.incompleteClosings().subList(2, 52));
        assertThat(indicators.unlistedIncompleteClosings()).isEqualTo(2);
        assertThat(indicators.listedIncompleteClosings())
                .allSatisfy(listed -> assertThat(listed.closedOn()).isAfterOrEqualTo(LocalDate.of(2026, 3, 2)));
        assertThat(practice.listedIncompleteClosings()).isEqualTo(practice.incompleteClosings());
        assertThat(practice.unlistedIncompleteClosings()).isZero();
    }

    @Test
    void cuttingTheListsKeepsTheMostRecentClosingsTheFirstIdsAndEveryFigure() {
        List<TreatmentFacts> many = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            many.add(treatment(day, 1L)
                    .waited("2026-01-05", "2026-01-12", "2026-01-19")
                    .weeklySessions("2026-01-19", 6)
                    .ended(Phase.CLOSED, LocalDate.of(2026, 3, day).toString())
                    .closedWith(GOAL_REACHED, "Reden " + day, GP_LETTER)
                    .build());
        }
        Indicators indicators = new IndicatorCalculator().calculate(many, List.of(), MARCH, null);

        Indicators cut = indicators.withListsCutTo(3);

        assertThat(cut.incompleteClosings())
                .isEqualTo(indicators.incompleteClosings().subList(4, 7));
        assertThat(cut.behind(Figure.CLOSED)).containsExactly(1L, 2L, 3L);
        assertThat(cut.behind(Figure.CHECKLIST_INCOMPLETE)).hasSize(3);
        assertThat(cut.treatmentsBehind())
                .containsOnlyKeys(indicators.treatmentsBehind().keySet());
        assertThat(cut.closed()).isEqualTo(7);
        assertThat(cut.missingItems()).isEqualTo(indicators.missingItems());
        assertThat(indicators.withListsCutTo(50)).isEqualTo(indicators);
    }

    @Test
    void aFigureIsKnownByItsNameOrByAPrefixWithACode() {
        assertThat(Figure.isKnown(Figure.CLOSED)).isTrue();
        assertThat(Figure.isKnown(Figure.MISSING + "GP_LETTER")).isTrue();
        assertThat(Figure.isKnown(Figure.SESSIONS + "12")).isTrue();
        assertThat(Figure.isKnown(Figure.MISSING)).isFalse();
        assertThat(Figure.isKnown("closed ")).isFalse();
        assertThat(Figure.isKnown("")).isFalse();
        assertThat(Figure.allowed()).contains("closed", "missing.…");
    }

    @Test
    void theTherapistFilterAppliesToTheClosingFiguresToo() {
        assertThat(therapistOne.closingReasons())
                .containsEntry(ClosingReason.GOAL_REACHED, 2)
                .containsEntry(ClosingReason.NO_FURTHER_IMPROVEMENT, 0)
                .containsEntry(ClosingReason.CLIENT_STOPPED, 1)
                .containsEntry(ClosingReason.OTHER, 1);
        assertThat(therapistOne.checklistComplete()).isEqualTo(new Rate(2, 4));
        assertThat(therapistOne.withoutChecklist()).isZero();
        assertThat(therapistOne.missingItems())
                .containsExactly(Map.entry(ChecklistItem.END_MEASUREMENT, 1), Map.entry(ChecklistItem.GP_LETTER, 2));
        assertThat(therapistOne.incompleteClosings())
                .extracting(ClosingRecord::treatmentId)
                .containsExactly(3L, 6L);
        Indicators therapistTwo = new IndicatorCalculator().calculate(PRACTICE, SIGNALS, MARCH, 2L);
        assertThat(therapistTwo.checklistComplete()).isEqualTo(new Rate(0, 1));
        assertThat(therapistTwo.withoutChecklist()).isEqualTo(1);
        assertThat(therapistTwo.missingItems()).containsExactly(Map.entry(ChecklistItem.GP_LETTER, 1));
    }

    @Test
    void anEmptyPeriodHasNoPercentages() {
        Indicators empty = new IndicatorCalculator().calculate(List.of(), List.of(), MARCH, null);
        assertThat(empty.closed()).isZero();
        assertThat(empty.withinExpected().percent()).isNull();
        assertThat(empty.sessions().median()).isNull();
        assertThat(empty.behind(Figure.CLOSED)).isEmpty();
        assertThat(empty.checklistComplete().percent()).isNull();
        assertThat(empty.closingReasons()).containsEntry(ClosingReason.GOAL_REACHED, 0);
        assertThat(empty.missingItems()).isEmpty();
    }
}
