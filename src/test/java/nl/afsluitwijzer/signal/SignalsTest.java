package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signals from the stored records, with the policy in force on the as-of date and acknowledgements. */
@IntegrationTest
class SignalsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 12);

    @Autowired
    Signals signals;

    @Autowired
    SignalAcknowledging acknowledging;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Policies policies;

    @Autowired
    PracticeRepository practices;

    @Test
    void aTeamDiscussionEndsOverrunImminent() {
        Treatment treatment = withSessions(10);
        LocalDate asOf = FIRST.plusWeeks(10);
        fixtures.as("behandelaar", () -> {
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), asOf)
                            .has(SignalCode.OVERRUN_IMMINENT))
                    .isTrue();
            changes.addDiscussion(CurrentUser.require(), treatment.getId(), asOf, DiscussionKind.TEAM, null);
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), asOf)
                            .has(SignalCode.OVERRUN_IMMINENT))
                    .isFalse();
        });
    }

    @Test
    void theSignalsUseThePolicyInForceOnTheAsOfDate() {
        Treatment treatment = withSessions(3);
        Long practice = practices.findAll().get(0).getId();
        LocalDate from = LocalDate.of(2098, 6, 1);
        policies.set(practice, new Policy(from, 12, 16, 2, 4, 3, 28, 100000, 365, 730, 5), null, Instant.EPOCH);
        fixtures.as("behandelaar", () -> {
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), from.minusDays(1))
                            .has(SignalCode.NO_RECENT_CONTACT))
                    .isTrue();
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), from)
                            .has(SignalCode.NO_RECENT_CONTACT))
                    .isFalse();
        });
    }

    @Test
    void anExplicitAcknowledgementNeedsAReasonAndHoldsUntilTheConditionChanges() {
        Treatment treatment = withSessions(13);
        fixtures.as("behandelaar", () -> {
            LocalDate today = PracticeDay.today();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(), treatment.getId(), SignalCode.OVERRUN, " "))
                    .hasMessage("signal.acknowledge.reason-required");
            acknowledging.acknowledge(
                    CurrentUser.require(),
                    treatment.getId(),
                    SignalCode.OVERRUN,
                    "Afronding gepland over twee sessies");
            assertThat(overrun(treatment, today).acknowledged()).isTrue();
            changes.changeExpectedSessionsAtEvaluation(CurrentUser.require(), treatment.getId(), 12, today);
            changes.changeExpectedSessionsAtEvaluation(CurrentUser.require(), treatment.getId(), 11, today);
            assertThat(overrun(treatment, today).acknowledged()).isFalse();
        });
    }

    private Signal overrun(Treatment treatment, LocalDate asOf) {
        return signals.forTreatment(CurrentUser.require(), treatment.getId(), asOf).signals().stream()
                .filter(s -> s.code() == SignalCode.OVERRUN)
                .findFirst()
                .orElseThrow();
    }

    private Treatment withSessions(int count) {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            for (int i = 0; i < count; i++) {
                changes.addSession(
                        CurrentUser.require(), treatment.getId(), FIRST.plusWeeks(i), SessionKind.TREATMENT, true);
            }
        });
        return treatment;
    }
}
