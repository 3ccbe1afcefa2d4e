package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists read by a therapist's scope hold their own treatments and those shared with them, nobody else's; the
 * waiting list holds only referrals waiting for an intake or for the start of treatment.
 */
@IntegrationTest
class VisibleListsTest {

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Treatments treatments;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    UserAccountRepository users;

    @Test
    void aTherapistsCaseloadHoldsTheirOwnAndSharedTreatmentsOnly() {
        Treatment own = fixtures.startedBy("behandelaar2");
        Treatment shared = fixtures.startedBy("behandelaar");
        Treatment notShared = fixtures.startedBy("behandelaar");
        Long colleague = users.findByUsername("behandelaar2").orElseThrow().getId();
        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), shared.getId(), colleague, true));

        fixtures.as(
                "behandelaar2",
                () -> assertThat(ids(treatments.visibleOpen(CurrentUser.require(), null)))
                        .contains(own.getId(), shared.getId())
                        .doesNotContain(notShared.getId()));
        fixtures.as(
                "behandelaar2",
                () -> assertThat(ids(treatments.visible(CurrentUser.require(), null)))
                        .contains(own.getId(), shared.getId())
                        .doesNotContain(notShared.getId()));

        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), shared.getId(), colleague, false));
        fixtures.as(
                "behandelaar2",
                () -> assertThat(ids(treatments.visibleOpen(CurrentUser.require(), null)))
                        .contains(own.getId())
                        .doesNotContain(shared.getId(), notShared.getId()));
    }

    @Test
    void theWaitingListHoldsOnlyReferralsAndTreatmentsAfterTheirIntake() {
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusWeeks(3));
        Treatment started = fixtures.startedBy("behandelaar");

        fixtures.as("behandelaar", () -> {
            List<TreatmentFile> waiting = treatments.visibleWaiting(CurrentUser.require());
            assertThat(ids(waiting)).contains(referral.getId()).doesNotContain(started.getId());
            assertThat(waiting)
                    .allMatch(f -> f.treatment().getPhase() == Phase.REFERRED
                            || f.treatment().getPhase() == Phase.INTAKE);
            assertThat(waiting)
                    .allMatch(f -> f.treatment()
                                    .getTherapistId()
                                    .equals(users.findByUsername("behandelaar")
                                            .orElseThrow()
                                            .getId())
                            || f.treatment()
                                    .isSharedWith(users.findByUsername("behandelaar")
                                            .orElseThrow()
                                            .getId()));
        });
        fixtures.as(
                "manager",
                () -> assertThat(ids(treatments.visibleWaiting(CurrentUser.require())))
                        .contains(referral.getId())
                        .doesNotContain(started.getId()));
    }

    private static List<Long> ids(List<TreatmentFile> files) {
        return files.stream().map(TreatmentFile::id).toList();
    }
}
