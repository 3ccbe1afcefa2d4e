package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.AGREEMENTS_MISSING;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class AgreementsMissingRuleTest {

    @Test
    void firesFromTheSecondSessionWhenNoGoalIsRecorded() {
        HistoryBuilder history = treatment().withoutGoals().sessions(2);

        assertThat(history.firesOn(AGREEMENTS_MISSING, history.sessionDate(1))).isFalse();
        assertThat(history.signalOn(AGREEMENTS_MISSING, history.sessionDate(2))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.fingerprint()).isEqualTo("GOALS");
            assertThat(signal.messageArguments()).containsExactly(2, 0, 1, 12, 1);
        });
    }

    @Test
    void firesWhenTheExpectedNumberOfSessionsIsUnset() {
        HistoryBuilder history = treatment().withoutExpectedSessions().sessions(2);

        assertThat(history.signalOn(AGREEMENTS_MISSING, history.lastSessionDate()))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("EXPECTED_SESSIONS"));
    }

    @Test
    void firesWhenClosingWasNotDiscussedAtTheStart() {
        HistoryBuilder history =
                treatment().closingNotDiscussed().withoutGoals().sessions(2);

        assertThat(history.signalOn(AGREEMENTS_MISSING, history.lastSessionDate()))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("GOALS,CLOSING_DISCUSSED"));
    }

    @Test
    void staysSilentWhenAllAgreementsAreMade() {
        HistoryBuilder history = treatment().sessions(3);

        assertThat(history.firesOn(AGREEMENTS_MISSING, history.lastSessionDate()))
                .isFalse();
    }

    @Test
    void intakeAndMissedSessionsDoNotCount() {
        HistoryBuilder history = treatment()
                .withoutGoals()
                .session(START, SessionKind.INTAKE, true)
                .session(START.plusDays(7), SessionKind.TREATMENT, false)
                .session(START.plusDays(14), SessionKind.TREATMENT, true);

        assertThat(history.firesOn(AGREEMENTS_MISSING, history.lastSessionDate()))
                .isFalse();
    }

    @Test
    void aGoalAddedAfterTheAsOfDateIsNotThereYet() {
        HistoryBuilder history = treatment().withoutGoals().sessions(3);
        history.goal("g2", history.lastSessionDate());

        assertThat(history.firesOn(AGREEMENTS_MISSING, history.sessionDate(2))).isTrue();
        assertThat(history.firesOn(AGREEMENTS_MISSING, history.sessionDate(3))).isFalse();
    }

    @Test
    void appliesInTheTreatmentPhaseOnlyNotInTheClosingPhase() {
        HistoryBuilder history = treatment().withoutGoals().sessions(3);
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(3));

        assertThat(history.firesOn(AGREEMENTS_MISSING, history.sessionDate(2))).isTrue();
        assertThat(history.firesOn(AGREEMENTS_MISSING, history.sessionDate(3))).isFalse();
    }
}
