package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.GOAL_REACHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class GoalReachedRuleTest {

    private static final LocalDate REACHED_ON = START.plusDays(35);
    private static final LocalDate AS_OF = START.plusDays(42);

    @Test
    void firesWhenEveryGoalIsReached() {
        HistoryBuilder history = treatment().sessions(6).goalStatus("g1", GoalStatus.REACHED, REACHED_ON);

        assertThat(history.signalOn(GOAL_REACHED, AS_OF)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("g1:REACHED;recovered=false");
            assertThat(signal.messageArguments()).containsExactly(1L, 1L, 0, 0, 0);
        });
        assertThat(history.firesOn(GOAL_REACHED, REACHED_ON.minusDays(1))).isFalse();
    }

    @Test
    void isSilentWhileAnotherGoalIsActiveOrPartlyReached() {
        HistoryBuilder history =
                treatment().sessions(6).goal("g2", START).goalStatus("g1", GoalStatus.REACHED, REACHED_ON);

        assertThat(history.firesOn(GOAL_REACHED, AS_OF)).isFalse();
        history.goalStatus("g2", GoalStatus.PARTLY_REACHED, REACHED_ON);
        assertThat(history.firesOn(GOAL_REACHED, AS_OF)).isFalse();
    }

    @Test
    void leavesDroppedGoalsOut() {
        HistoryBuilder history = treatment()
                .sessions(6)
                .goal("g2", START)
                .goalStatus("g1", GoalStatus.REACHED, REACHED_ON)
                .goalStatus("g2", GoalStatus.DROPPED, REACHED_ON);

        assertThat(history.signalOn(GOAL_REACHED, AS_OF))
                .hasValueSatisfying(
                        signal -> assertThat(signal.fingerprint()).isEqualTo("g1:REACHED,g2:DROPPED;recovered=false"));
    }

    @Test
    void doesNotCallEveryGoalDroppedReached() {
        HistoryBuilder history = treatment().sessions(6).goalStatus("g1", GoalStatus.DROPPED, REACHED_ON);

        assertThat(history.firesOn(GOAL_REACHED, AS_OF)).isFalse();
    }

    @Test
    void firesWhenThePrimaryClassificationIsRecoveredAndNotAPointBefore() {
        HistoryBuilder recovered =
                treatment().sessions(6).measurement(START, 15).measurement(REACHED_ON, 9);
        HistoryBuilder unchanged =
                treatment().sessions(6).measurement(START, 15).measurement(REACHED_ON, 10);

        assertThat(recovered.signalOn(GOAL_REACHED, AS_OF)).hasValueSatisfying(signal -> {
            assertThat(signal.fingerprint()).isEqualTo("g1:ACTIVE;recovered=true");
            assertThat(signal.messageArguments()).containsExactly(0L, 1L, 1, 15, 9);
        });
        assertThat(unchanged.firesOn(GOAL_REACHED, AS_OF)).isFalse();
    }

    @Test
    void appliesOnlyInTheTreatmentPhase() {
        HistoryBuilder history = treatment()
                .sessions(6)
                .goalStatus("g1", GoalStatus.REACHED, REACHED_ON)
                .phase(TreatmentPhase.CLOSING, REACHED_ON);

        assertThat(history.firesOn(GOAL_REACHED, AS_OF)).isFalse();
    }
}
