package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** Referral details and the screening against the real database: stored, versioned, access-checked, logged. */
@IntegrationTest
class ReferralScreeningTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 2, 2);

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ReferralChanges changes;

    @Autowired
    Treatments treatments;

    @Autowired
    AuditLog audit;

    @Test
    void aReferralKeepsItsReferrerAndTheEhealthOfferedWhileWaiting() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as("behandelaar", () -> {
            ReferralDetails stored = treatments
                    .open(CurrentUser.require(), referral.getId())
                    .treatment()
                    .referral();
            assertThat(stored)
                    .isEqualTo(new ReferralDetails(
                            ReferrerKind.GP, "Dokter K. Smit", true, "Therapieland, module Somberheid"));
        });
    }

    @Test
    void correctingTheReferralWithAStaleVersionIsAConflictNotAnOverwrite() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as("behandelaar", () -> {
            Treatment changed = changes.describe(
                    CurrentUser.require(),
                    referral.getId(),
                    referral.getVersion(),
                    new ReferralDetails(ReferrerKind.POH_GGZ, null, false, "wordt vergeten"),
                    "Nieuwe vraag");
            assertThat(changed.referral().ehealthOffer()).isNull();
            assertThat(changed.getHelpQuestion()).isEqualTo("Nieuwe vraag");
            assertThatThrownBy(() -> changes.describe(
                            CurrentUser.require(),
                            referral.getId(),
                            referral.getVersion(),
                            ReferralDetails.unknown(),
                            "Oude vraag"))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(treatments
                            .open(CurrentUser.require(), referral.getId())
                            .treatment()
                            .referral()
                            .referrerKind())
                    .isEqualTo(ReferrerKind.POH_GGZ);
        });
    }

    @Test
    void fitsKeepsTheReferralWaitingAndIsLogged() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as("behandelaar", () -> {
            Treatment screened = changes.screen(
                    CurrentUser.require(),
                    referral.getId(),
                    referral.getVersion(),
                    REGISTERED.plusDays(7),
                    ScreeningOutcome.FITS,
                    List.of(),
                    null);
            assertThat(screened.getPhase()).isEqualTo(Phase.REFERRED);
            assertThat(screened.screening())
                    .hasValueSatisfying(s -> assertThat(s.fits()).isTrue());
        });
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, "behandelaar", null, referral.getId()));
        assertThat(entries).extracting(AuditEntry::action).contains(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void doesNotFitEndsTheReferralWithItsReasons() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as("behandelaar", () -> {
            changes.screen(
                    CurrentUser.require(),
                    referral.getId(),
                    null,
                    REGISTERED.plusDays(7),
                    ScreeningOutcome.DOES_NOT_FIT,
                    List.of(ScreeningReason.NEEDS_SPECIALIST_CARE, ScreeningReason.OTHER),
                    "Eerst verslavingszorg");
            Treatment stored =
                    treatments.open(CurrentUser.require(), referral.getId()).treatment();
            assertThat(stored.getPhase()).isEqualTo(Phase.TRANSFERRED);
            assertThat(stored.getEndDate()).isEqualTo(REGISTERED.plusDays(7));
            assertThat(stored.getIntakeDate()).isNull();
            assertThat(stored.screening().orElseThrow().reasons())
                    .containsExactly(ScreeningReason.NEEDS_SPECIALIST_CARE, ScreeningReason.OTHER);
            assertThat(stored.screening().orElseThrow().screeningOtherReason()).isEqualTo("Eerst verslavingszorg");
        });
    }

    @Test
    void aScreeningInTheFutureOrWithoutReasonIsRefusedAndChangesNothing() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() -> changes.screen(
                            CurrentUser.require(),
                            referral.getId(),
                            null,
                            PracticeDay.today().plusDays(3),
                            ScreeningOutcome.FITS,
                            List.of(),
                            null))
                    .hasMessage("treatment.date.future");
            assertThatThrownBy(() -> changes.screen(
                            CurrentUser.require(),
                            referral.getId(),
                            null,
                            REGISTERED.plusDays(1),
                            ScreeningOutcome.DOES_NOT_FIT,
                            List.of(),
                            null))
                    .hasMessage("treatment.screening.reason-required");
            assertThat(treatments
                            .open(CurrentUser.require(), referral.getId())
                            .treatment()
                            .getPhase())
                    .isEqualTo(Phase.REFERRED);
        });
    }

    @Test
    void anotherTherapistCannotScreenSomeoneElsesReferral() {
        Treatment referral = fixtures.referredBy("behandelaar", REGISTERED);
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> changes.screen(
                                CurrentUser.require(),
                                referral.getId(),
                                null,
                                REGISTERED.plusDays(1),
                                ScreeningOutcome.FITS,
                                List.of(),
                                null))
                        .isInstanceOf(TreatmentAccessDenied.class));
    }
}
