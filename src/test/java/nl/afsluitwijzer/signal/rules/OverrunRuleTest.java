package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.OVERRUN;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class OverrunRuleTest {

    private final HistoryBuilder history = treatment().sessions(13);

    @Test
    void firesOneSessionPastTheExpectedNumberAndNotAtIt() {
        assertThat(history.firesOn(OVERRUN, history.sessionDate(12))).isFalse();
        assertThat(history.signalOn(OVERRUN, history.sessionDate(13))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.fingerprint()).isEqualTo("E=12");
            assertThat(signal.messageArguments()).containsExactly(13, 12, 1);
        });
    }

    @Test
    void appliesInTheClosingPhaseToo() {
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(11));

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isTrue();
    }

    @Test
    void isSilentAfterAnExtension() {
        history.expecting(16, history.sessionDate(12));

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isFalse();
    }

    @Test
    void doesNotCountMissedOrIntakeSessions() {
        HistoryBuilder missed = treatment().sessions(12);
        missed.session(missed.lastSessionDate().plusDays(7), SessionKind.TREATMENT, false)
                .session(missed.lastSessionDate().plusDays(14), SessionKind.INTAKE, true);

        assertThat(missed.firesOn(OVERRUN, missed.lastSessionDate())).isFalse();
    }

    @Test
    void isSilentWithoutAnExpectedNumber() {
        HistoryBuilder unset = treatment().withoutExpectedSessions().sessions(20);

        assertThat(unset.firesOn(OVERRUN, unset.lastSessionDate())).isFalse();
    }

    @Test
    void isSilentInTheClosingPhaseOnceClosingWasDecidedAtAnEvaluation() {
        history.evaluation(history.sessionDate(11), Decision.START_CLOSING)
                .phase(TreatmentPhase.CLOSING, history.sessionDate(11));

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isFalse();
    }

    @Test
    void aStopDecisionCountsAsDecidingToClose() {
        history.evaluation(history.sessionDate(13), Decision.STOP)
                .phase(TreatmentPhase.CLOSING, history.sessionDate(13));

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isFalse();
    }

    @Test
    void firesInTheClosingPhaseWhenTheLatestEvaluationDidNotDecideToClose() {
        history.evaluation(history.sessionDate(6), Decision.START_CLOSING)
                .evaluation(history.sessionDate(10), Decision.CONTINUE)
                .phase(TreatmentPhase.CLOSING, history.sessionDate(11));

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isTrue();
    }

    @Test
    void aDecisionToCloseWhileTheTreatmentPhaseLastsDoesNotSilenceIt() {
        history.evaluation(history.sessionDate(11), Decision.START_CLOSING);

        assertThat(history.firesOn(OVERRUN, history.sessionDate(13))).isTrue();
    }
}
