package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.internal.Wait;
import nl.afsluitwijzer.treatment.internal.WaitingPositions;
import org.junit.jupiter.api.Test;

/** The Treeknorm, weeks waiting and positions on the waiting list, at their boundaries. */
class WaitTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);

    @Test
    void exactlyFourWeeksToIntakeIsWithinTheTreeknorm() {
        Wait wait = new Wait(REGISTERED, REGISTERED.plusWeeks(4), REGISTERED.plusYears(1), Treeknorm.INTAKE_DAYS);
        assertThat(wait.days()).contains(28L);
        assertThat(wait.overNorm()).isFalse();
        assertThat(Treeknorm.intakeWithin(28)).isTrue();
    }

    @Test
    void fourWeeksAndOneDayToIntakeIsOver() {
        Wait wait = new Wait(
                REGISTERED, REGISTERED.plusWeeks(4).plusDays(1), REGISTERED.plusYears(1), Treeknorm.INTAKE_DAYS);
        assertThat(wait.overNorm()).isTrue();
        assertThat(Treeknorm.intakeWithin(29)).isFalse();
    }

    @Test
    void exactlyTenWeeksFromIntakeToStartIsWithinAndOneDayMoreIsOver() {
        assertThat(new Wait(REGISTERED, REGISTERED.plusWeeks(10), REGISTERED, Treeknorm.START_DAYS).overNorm())
                .isFalse();
        assertThat(new Wait(REGISTERED, REGISTERED.plusWeeks(10).plusDays(1), REGISTERED, Treeknorm.START_DAYS)
                        .overNorm())
                .isTrue();
        assertThat(Treeknorm.startWithin(70)).isTrue();
        assertThat(Treeknorm.startWithin(71)).isFalse();
    }

    @Test
    void aRunningWaitCountsUntilTodayAndIsOverOnceTodayPassesTheNorm() {
        Wait onTheDay = new Wait(REGISTERED, null, REGISTERED.plusDays(28), Treeknorm.INTAKE_DAYS);
        Wait dayAfter = new Wait(REGISTERED, null, REGISTERED.plusDays(29), Treeknorm.INTAKE_DAYS);
        assertThat(onTheDay.running()).isTrue();
        assertThat(onTheDay.overNorm()).isFalse();
        assertThat(dayAfter.overNorm()).isTrue();
    }

    @Test
    void weeksWaitingAreWholeWeeks() {
        assertThat(new Wait(REGISTERED, null, REGISTERED.plusDays(6), 28).weeks())
                .contains(0L);
        assertThat(new Wait(REGISTERED, null, REGISTERED.plusDays(7), 28).weeks())
                .contains(1L);
        assertThat(new Wait(REGISTERED, null, REGISTERED.plusDays(20), 28).weeks())
                .contains(2L);
    }

    @Test
    void aStepNotStartedHasNoWaitAndIsNeverOver() {
        Wait notStarted = new Wait(null, null, REGISTERED.plusYears(1), Treeknorm.START_DAYS);
        assertThat(notStarted.started()).isFalse();
        assertThat(notStarted.days()).isEmpty();
        assertThat(notStarted.overNorm()).isFalse();
    }

    @Test
    void positionsFollowTheRegistrationDateAndOnlyReferralsWaitingForIntakeHaveOne() {
        Treatment later = referral(10L, REGISTERED.plusDays(3));
        Treatment first = referral(20L, REGISTERED);
        Treatment sameDayLaterId = referral(30L, REGISTERED);
        Treatment afterIntake = referral(5L, REGISTERED.minusDays(10));
        afterIntake.moveTo(Phase.INTAKE, REGISTERED, null, 1L);
        Map<Long, Integer> positions = WaitingPositions.of(List.of(later, first, sameDayLaterId, afterIntake));
        assertThat(positions).containsExactlyInAnyOrderEntriesOf(Map.of(20L, 1, 30L, 2, 10L, 3));
    }

    @Test
    void aScreeningThatDoesNotFitNeedsAReasonAndOtherNeedsWords() {
        assertThatThrownBy(() -> Screening.of(REGISTERED, ScreeningOutcome.DOES_NOT_FIT, List.of(), null, 1L))
                .hasMessage("treatment.screening.reason-required");
        assertThatThrownBy(() -> Screening.of(
                        REGISTERED, ScreeningOutcome.DOES_NOT_FIT, List.of(ScreeningReason.OTHER), " ", 1L))
                .hasMessage("treatment.screening.other-required");
        assertThat(Screening.of(REGISTERED, ScreeningOutcome.FITS, List.of(ScreeningReason.TOO_COMPLEX), "x", 1L)
                        .reasons())
                .isEmpty();
    }

    @Test
    void doesNotFitEndsTheReferralAsTransferredWhileFitsKeepsItWaiting() {
        Treatment fits = referral(1L, REGISTERED);
        fits.screen(Screening.of(REGISTERED.plusDays(5), ScreeningOutcome.FITS, List.of(), null, 1L));
        assertThat(fits.getPhase()).isEqualTo(Phase.REFERRED);
        Treatment out = referral(2L, REGISTERED);
        out.screen(Screening.of(
                REGISTERED.plusDays(5),
                ScreeningOutcome.DOES_NOT_FIT,
                List.of(ScreeningReason.NEEDS_SPECIALIST_CARE),
                null,
                1L));
        assertThat(out.getPhase()).isEqualTo(Phase.TRANSFERRED);
        assertThat(out.getEndDate()).isEqualTo(REGISTERED.plusDays(5));
        assertThat(out.isScreenedOut()).isTrue();
        assertThatThrownBy(() ->
                        out.screen(Screening.of(REGISTERED.plusDays(6), ScreeningOutcome.FITS, List.of(), null, 1L)))
                .hasMessage("treatment.screening.not-waiting");
    }

    @Test
    void aScreeningBeforeTheRegistrationIsRefused() {
        Treatment treatment = referral(1L, REGISTERED);
        assertThatThrownBy(() -> treatment.screen(
                        Screening.of(REGISTERED.minusDays(1), ScreeningOutcome.FITS, List.of(), null, 1L)))
                .hasMessage("treatment.date.before-registration");
    }

    private static Treatment referral(Long id, LocalDate registered) {
        Treatment treatment = Treatment.referral(1L, 1L, 1L, registered, "vraag", false, 1L, Instant.EPOCH);
        try {
            var field = Treatment.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(treatment, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return treatment;
    }
}
