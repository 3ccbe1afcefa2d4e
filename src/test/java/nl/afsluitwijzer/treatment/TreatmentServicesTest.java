package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.internal.NewReferral;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The treatment services against the real database: access, conflicts, validation, the audit trail. */
@IntegrationTest
class TreatmentServicesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    TreatmentRegistration registration;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Treatments treatments;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditLog audit;

    @Autowired
    TestTreatments fixtures;

    @Test
    @WithUserDetails("behandelaar")
    void aTherapistOpensTheirOwnTreatmentAndTheViewIsLogged() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        TreatmentFile file = treatments.open(CurrentUser.require(), treatment.getId());
        assertThat(file.client().getReference()).isEqualTo(fixtures.referenceOf(treatment));
        assertThat(audit.find(new AuditQuery(null, null, "behandelaar", null, treatment.getId())))
                .anyMatch(e -> e.action().name().equals("VIEW"));
    }

    @Test
    void anotherTherapistGetsNotFoundAndTheAttemptIsLogged() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> treatments.open(CurrentUser.require(), treatment.getId()))
                        .isInstanceOf(TreatmentAccessDenied.class));
        assertThat(audit.find(new AuditQuery(null, null, "behandelaar2", null, treatment.getId())))
                .anyMatch(e -> e.outcome().name().equals("FAILURE"));
    }

    @Test
    void aSharedTreatmentIsOpenToTheColleagueAndTheManagerSeesEverything() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long colleague = users.findByUsername("behandelaar2").orElseThrow().getId();
        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), treatment.getId(), colleague, true));
        fixtures.as(
                "behandelaar2",
                () -> assertThat(treatments.open(CurrentUser.require(), treatment.getId()))
                        .isNotNull());
        fixtures.as(
                "manager",
                () -> assertThat(treatments.open(CurrentUser.require(), treatment.getId()))
                        .isNotNull());
        fixtures.as("behandelaar", () -> changes.share(CurrentUser.require(), treatment.getId(), colleague, false));
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> treatments.open(CurrentUser.require(), treatment.getId()))
                        .isInstanceOf(TreatmentAccessDenied.class));
    }

    @Test
    void aStaleVersionIsAConflictNotASilentOverwrite() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Integer version = treatment.getVersion();
        fixtures.as("behandelaar", () -> {
            changes.addSession(
                    CurrentUser.require(), treatment.getId(), START.plusDays(7), SessionKind.TREATMENT, true);
            assertThatThrownBy(() -> changes.changePhase(
                            CurrentUser.require(), treatment.getId(), version, Phase.CLOSING, START.plusDays(8), null))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        });
    }

    @Test
    void closedTreatmentsAreReadOnly() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            changes.changePhase(
                    CurrentUser.require(), treatment.getId(), null, Phase.CLOSING, START.plusDays(30), null);
            changes.changePhase(CurrentUser.require(), treatment.getId(), null, Phase.CLOSED, START.plusDays(40), null);
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), treatment.getId(), START.plusDays(41), SessionKind.TREATMENT, true))
                    .hasMessage("treatment.ended");
            assertThatThrownBy(() -> changes.addGoal(
                            CurrentUser.require(), treatment.getId(), "nieuw", null, START.plusDays(41)))
                    .hasMessage("treatment.ended");
        });
    }

    @Test
    void everyValidationSaysWhatIsWrong() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long id = treatment.getId();
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), id, START.minusDays(1), SessionKind.TREATMENT, true))
                    .hasMessage("treatment.date.before-start");
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), id, PracticeDay.today().plusDays(1), SessionKind.TREATMENT, true))
                    .hasMessage("treatment.date.future");
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), id, PracticeDay.today().plusYears(2), SessionKind.TREATMENT, false))
                    .hasMessage("treatment.date.far-future");
            assertThatThrownBy(() -> changes.addGoal(CurrentUser.require(), id, "doel", null, START.minusDays(10)))
                    .hasMessage("treatment.date.before-registration");
            assertThatThrownBy(() -> changes.changeExpectedSessionsAtEvaluation(CurrentUser.require(), id, 101, START))
                    .hasMessage("treatment.expected.range");
            assertThatThrownBy(
                            () -> changes.changeGoalStatus(CurrentUser.require(), id, -1L, GoalStatus.REACHED, START))
                    .hasMessage("treatment.goal.not-found");
        });
    }

    @Test
    void aDuplicateClientReferenceIsRefused() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String reference = fixtures.referenceOf(treatment);
        fixtures.as(
                "behandelaar",
                () -> assertThatThrownBy(() -> registration.refer(
                                CurrentUser.require(),
                                new NewReferral(
                                        new ClientDetails(reference, "X", null, null, null),
                                        START,
                                        "vraag",
                                        false,
                                        null)))
                        .hasMessage("treatment.client.duplicate"));
    }

    @Test
    void aReferralOnlyAllowsIntakeAndOtherContactsBeforeTheStart() {
        fixtures.as("behandelaar", () -> {
            Treatment referral = registration.refer(
                    CurrentUser.require(),
                    new NewReferral(
                            new ClientDetails("REF-" + System.nanoTime(), "Kim", 1990, null, null),
                            START,
                            "Ik wil weer kunnen slapen",
                            false,
                            null));
            assertThat(referral.getPhase()).isEqualTo(Phase.REFERRED);
            changes.addSession(CurrentUser.require(), referral.getId(), START.plusDays(3), SessionKind.INTAKE, true);
            assertThatThrownBy(() -> changes.addSession(
                            CurrentUser.require(), referral.getId(), START.plusDays(4), SessionKind.TREATMENT, true))
                    .hasMessage("treatment.session.not-started");
            List<TreatmentFile> visible = treatments.visible(CurrentUser.require(), null);
            assertThat(visible).extracting(TreatmentFile::id).contains(referral.getId());
        });
    }
}
