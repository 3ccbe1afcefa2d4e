package nl.afsluitwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo practice gets its demo treatments at start-up (the test context runs in demo mode). Other tests add
 * treatments of their own, so only the clients of the demo file are looked at.
 */
@IntegrationTest
class DemoTreatmentsTest {

    @Autowired
    UserAccountRepository users;

    @Autowired
    TreatmentRepository treatments;

    @Autowired
    ClientRepository clients;

    @Autowired
    Treatments files;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Clock clock;

    @Test
    void theDemoPracticeHoldsEveryDemoTreatmentOnce() {
        assertThat(demoFiles().keySet())
                .as("demo treatments in the demo practice; a persistent test database"
                        + " created before the demo data existed must be recreated (see .ci/run)")
                .containsExactlyInAnyOrderElementsOf(planned().keySet());
        assertThat(demoFiles()).hasSizeBetween(28, 36);
    }

    @Test
    void theWaitingListHasReferrersEhealthOffersAndOneReferralThatDidNotFit() {
        List<Treatment> waiting = demoFiles().values().stream()
                .map(TreatmentFile::treatment)
                .filter(t -> t.getPhase() == Phase.REFERRED || t.getPhase() == Phase.INTAKE)
                .toList();
        assertThat(waiting)
                .allSatisfy(t -> assertThat(t.referral().referrerKind()).isNotNull());
        assertThat(waiting.stream().map(t -> t.referral().referrerKind()))
                .contains(ReferrerKind.GP, ReferrerKind.POH_GGZ, ReferrerKind.SELF);
        assertThat(waiting)
                .anyMatch(t -> t.referral().ehealthOffered() && t.referral().ehealthOffer() != null);
        assertThat(waiting).anyMatch(t -> t.screening().map(Screening::fits).orElse(false));
        Treatment screenedOut = demoFiles().get("DW-1179").treatment();
        assertThat(screenedOut.getPhase()).isEqualTo(Phase.TRANSFERRED);
        assertThat(screenedOut.screening().orElseThrow().reasons())
                .containsExactly(ScreeningReason.TOO_COMPLEX, ScreeningReason.NEEDS_SPECIALIST_CARE);
    }

    @Test
    void everyPhaseIsThereAndBothTherapistsHaveTreatments() {
        List<TreatmentFile> demo = List.copyOf(demoFiles().values());
        assertThat(demo.stream().map(f -> f.treatment().getPhase())).containsAll(EnumSet.allOf(Phase.class));
        assertThat(demo.stream().map(f -> f.treatment().getTherapistId()))
                .contains(user("behandelaar").getId(), user("behandelaar2").getId());
        assertThat(demo)
                .anyMatch(f -> f.treatment().isSharedWith(user("behandelaar2").getId()));
    }

    @Test
    void someTreatmentsOverranAndOneStartedMoreThanTwoYearsAgo() {
        LocalDate today = LocalDate.now(clock);
        List<TreatmentFile> demo = List.copyOf(demoFiles().values());
        assertThat(demo)
                .anyMatch(f -> f.treatment().getPhase() == Phase.TREATMENT
                        && f.attendedSessions(today)
                                > f.treatment().expectedSessions().orElse(Integer.MAX_VALUE));
        assertThat(demo)
                .anyMatch(f -> f.treatment().getStartDate() != null
                        && f.treatment().getStartDate().isBefore(today.minusDays(730)));
    }

    @Test
    void eachTreatmentIsStoredAsPlanned() {
        Map<String, DemoTreatmentPlan> planned = planned();
        demoFiles().forEach((reference, file) -> {
            DemoTreatmentPlan plan = planned.get(reference);
            Treatment treatment = file.treatment();
            assertThat(treatment.getPhase()).as(reference).isEqualTo(plan.phase());
            assertThat(treatment.getTherapistId())
                    .as(reference)
                    .isEqualTo(user(plan.therapist()).getId());
            assertThat(treatment.phaseHistory()).as(reference).hasSize(plan.phaseChanges());
            assertThat(treatment.expectedSessions().orElse(null)).as(reference).isEqualTo(plan.expectedSessions());
            assertThat(file.sessions()).as(reference).hasSameSizeAs(plan.sessions());
            assertThat(file.attendedSessions(LocalDate.now(clock)))
                    .as(reference)
                    .isEqualTo(plan.attendedSessions());
            assertThat(file.goals())
                    .as(reference)
                    .extracting(Goal::getStatus)
                    .containsExactlyInAnyOrderElementsOf(
                            plan.goals().stream().map(g -> g.status()).toList());
            assertThat(file.discussions()).as(reference).hasSameSizeAs(plan.discussions());
            assertThat(file.client().getDisplayName())
                    .as(reference)
                    .isEqualTo(plan.client().displayName());
        });
    }

    private Map<String, TreatmentFile> demoFiles() {
        List<String> references = List.copyOf(planned().keySet());
        List<TreatmentFile> visible = new java.util.ArrayList<>();
        fixtures.as("manager", () -> visible.addAll(files.visible(CurrentUser.require(), null)));
        return visible.stream()
                .filter(f -> references.contains(f.client().getReference()))
                .collect(Collectors.toMap(f -> f.client().getReference(), Function.identity()));
    }

    private Map<String, DemoTreatmentPlan> planned() {
        return DemoPlanner.plan(DemoFileReader.shipped(DemoFileReaderTest.VALIDATOR), LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(p -> p.client().reference(), Function.identity()));
    }

    private UserAccount user(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
