package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.closing.internal.Checklist;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** The closing phase: its plan, the checklist per reason, the reasons for missing items, and read-only after. */
@IntegrationTest
class ClosingTest {

    private static final LocalDate CLOSED_ON = ClosingFixtures.LAST_SESSION.plusWeeks(6);

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingPlans plans;

    @Autowired
    TreatmentClosing closing;

    @Autowired
    Letters letters;

    @Autowired
    Treatments treatments;

    @Autowired
    TreatmentChanges changes;

    @Test
    void startingToCloseMovesTheTreatmentAndProposesSessionsFurtherAndFurtherApart() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.CLOSING);
            ClosingPlan plan = plans.of(treatments.open(CurrentUser.require(), treatment.getId()))
                    .orElseThrow();
            LocalDate last = ClosingFixtures.LAST_SESSION;
            assertThat(plan.fadingOutDates()).containsExactly(last.plusWeeks(2), last.plusWeeks(5), last.plusWeeks(9));
            assertThat(FadingOut.intervalsInWeeks(last, plan.fadingOutDates())).containsExactly(2L, 3L, 4L);
        });
    }

    @Test
    void closingWithEverythingDoneNeedsNoReasonForMissingItems() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan());
            letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.GP);
            ClosingPlan closed = closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    closure(ClosingReason.GOAL_REACHED, null, null, Handover.none()));
            assertThat(closed.missingItems()).isEmpty();
            assertThat(closed.getMissingReason()).isNull();
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.CLOSED);
        });
    }

    @Test
    void closingWithItemsMissingAsksForAReasonAndRecordsWhatWasMissing() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            assertThatThrownBy(() -> closing.close(
                            CurrentUser.require(),
                            treatment.getId(),
                            null,
                            null,
                            closure(ClosingReason.NO_FURTHER_IMPROVEMENT, null, " ", Handover.none())))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("closing.missing.reason-required");
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.CLOSING);

            ClosingPlan closed = closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    closure(
                            ClosingReason.NO_FURTHER_IMPROVEMENT,
                            null,
                            "Cliënt wilde niet meer meten",
                            Handover.none()));
            assertThat(closed.missingItems())
                    .containsExactly(
                            ChecklistItem.END_MEASUREMENT,
                            ChecklistItem.KEEP_RESULT_PLAN,
                            ChecklistItem.RETURN_GUARANTEE,
                            ChecklistItem.GP_LETTER);
            assertThat(closed.getMissingReason()).isEqualTo("Cliënt wilde niet meer meten");
            assertThat(closed.getClosingReason()).isEqualTo(ClosingReason.NO_FURTHER_IMPROVEMENT);
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.CLOSED);
        });
    }

    @Test
    void aPrimaryMeasurementInTheClosingPhaseIsTheEndMeasurement() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> assertThat(closing.endMeasured(treatments.open(CurrentUser.require(), treatment.getId())))
                .isFalse());
        closingFixtures.measured(treatment);
        as(() -> {
            Checklist checklist = closing.checklist(
                    treatments.open(CurrentUser.require(), treatment.getId()),
                    ClosingReason.GOAL_REACHED,
                    Handover.none());
            assertThat(checklist.missing()).doesNotContain(ChecklistItem.END_MEASUREMENT);
        });
    }

    @Test
    void otherAsAReasonNeedsAText() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> assertThatThrownBy(() -> closing.close(
                        CurrentUser.require(),
                        treatment.getId(),
                        null,
                        null,
                        closure(ClosingReason.OTHER, "", "reden", Handover.none())))
                .hasMessage("closing.reason.other-text-required"));
    }

    @Test
    void aTransferAsksForTheWarmHandoverAndEndsTransferred() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            Checklist open = closing.checklist(
                    treatments.open(CurrentUser.require(), treatment.getId()),
                    ClosingReason.TRANSFERRED,
                    Handover.none());
            assertThat(open.missing())
                    .contains(
                            ChecklistItem.HANDOVER_TO,
                            ChecklistItem.HANDOVER_ORGANISATION,
                            ChecklistItem.HANDOVER_JOINT_CONVERSATION,
                            ChecklistItem.HANDOVER_WRITTEN,
                            ChecklistItem.HANDOVER_ORAL)
                    .doesNotContain(ChecklistItem.KEEP_RESULT_PLAN);
            assertThatThrownBy(() -> closing.close(
                            CurrentUser.require(),
                            treatment.getId(),
                            null,
                            null,
                            closure(
                                    ClosingReason.TRANSFERRED,
                                    null,
                                    null,
                                    new Handover("M. Jansen", null, true, false, true))))
                    .hasMessage("closing.missing.reason-required");

            plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan());
            letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.GP);
            letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.HANDOVER);
            ClosingPlan closed = closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    closure(
                            ClosingReason.TRANSFERRED,
                            null,
                            null,
                            new Handover("M. Jansen", "GGZ De Brug", true, false, true)));
            assertThat(closed.missingItems())
                    .as("the hand-over letter is the written hand-over")
                    .isEmpty();
            assertThat(closed.handover().organisation()).isEqualTo("GGZ De Brug");
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.TRANSFERRED);
        });
    }

    @Test
    void aClientWhoStoppedEndsAsDroppedOutEvenFromTheTreatmentPhase() {
        Treatment treatment = closingFixtures.goalReached();
        as(() -> {
            ClosingPlan closed = closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    closure(ClosingReason.CLIENT_STOPPED, null, "Niet meer bereikbaar", Handover.none()));
            assertThat(closed.missingItems()).containsExactly(ChecklistItem.END_MEASUREMENT, ChecklistItem.GP_LETTER);
            assertThat(treatments
                            .require(CurrentUser.require(), treatment.getId())
                            .getPhase())
                    .isEqualTo(Phase.DROPPED_OUT);
        });
    }

    @Test
    void aClosedTreatmentIsReadOnlyButLettersCanStillBeMade() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            closing.close(
                    CurrentUser.require(),
                    treatment.getId(),
                    null,
                    null,
                    closure(ClosingReason.GOAL_REACHED, null, "later", Handover.none()));
            assertThatThrownBy(() ->
                            plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan()))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("treatment.ended");
            assertThatThrownBy(() -> closing.close(
                            CurrentUser.require(),
                            treatment.getId(),
                            null,
                            null,
                            closure(ClosingReason.OTHER, "nogmaals", "x", Handover.none())))
                    .hasMessage("treatment.ended");
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), treatment.getId(), CLOSED_ON, SessionKind.CLOSING, true))
                    .hasMessage("treatment.ended");
            assertThat(letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.CLIENT)
                            .kind())
                    .isEqualTo(LetterKind.CLIENT);
        });
    }

    @Test
    void aStalePlanIsRefusedInsteadOfOverwritten() {
        Treatment treatment = closingFixtures.inClosing();
        as(() -> {
            ClosingPlan plan = plans.of(treatments.open(CurrentUser.require(), treatment.getId()))
                    .orElseThrow();
            plans.save(CurrentUser.require(), treatment.getId(), plan.getVersion(), ClosingFixtures.completePlan());
            assertThatThrownBy(() -> plans.save(
                            CurrentUser.require(),
                            treatment.getId(),
                            plan.getVersion(),
                            ClosingFixtures.completePlan()))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        });
    }

    @Test
    void aScheduleOutOfOrderIsRefused() {
        Treatment treatment = closingFixtures.inClosing();
        PlanDetails twice = new PlanDetails(
                List.of(CLOSED_ON, CLOSED_ON), null, null, null, null, null, Set.of(), false, null, null, false);
        as(() -> assertThatThrownBy(() -> plans.save(CurrentUser.require(), treatment.getId(), null, twice))
                .hasMessage("closing.fading-out.order"));
    }

    @Test
    void anotherTherapistCannotSeeOrChangeThePlan() {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as("behandelaar2", () -> {
            assertThatThrownBy(() ->
                            plans.save(CurrentUser.require(), treatment.getId(), null, ClosingFixtures.completePlan()))
                    .isInstanceOf(TreatmentAccessDenied.class);
            assertThatThrownBy(() -> letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.GP))
                    .isInstanceOf(TreatmentAccessDenied.class);
        });
    }

    private void as(Runnable action) {
        fixtures.as("behandelaar", action);
    }

    private static Closure closure(ClosingReason reason, String text, String missingReason, Handover handover) {
        return new Closure(reason, text, CLOSED_ON, handover, missingReason);
    }
}
