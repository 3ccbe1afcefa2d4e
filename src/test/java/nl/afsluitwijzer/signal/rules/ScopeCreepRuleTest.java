package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.SCOPE_CREEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import org.junit.jupiter.api.Test;

class ScopeCreepRuleTest {

    private final HistoryBuilder history = treatment().sessions(10);

    @Test
    void firesForAGoalAddedTheDayAfterTheFirstEvaluationButNotOnItsDay() {
        LocalDate evaluated = history.sessionDate(4);
        history.evaluation(evaluated).goal("g2", evaluated);
        assertThat(history.firesOn(SCOPE_CREEP, history.lastSessionDate())).isFalse();

        history.goal("g3", evaluated.plusDays(1));
        assertThat(history.signalOn(SCOPE_CREEP, history.lastSessionDate())).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("goals=g3");
            assertThat(signal.messageArguments()).containsExactly(1, 1, evaluated, 0);
        });
    }

    @Test
    void withoutAnEvaluationFiresForAGoalAddedAfterSessionHalfway() {
        LocalDate halfway = history.sessionDate(6);
        history.goal("g2", halfway);
        assertThat(history.firesOn(SCOPE_CREEP, history.lastSessionDate())).isFalse();

        history.goal("g3", halfway.plusDays(1));
        assertThat(history.signalOn(SCOPE_CREEP, history.lastSessionDate()))
                .hasValueSatisfying(
                        signal -> assertThat(signal.messageArguments()).containsExactly(1, 0, halfway, 6));
    }

    @Test
    void cannotFireBeforeSessionHalfwayExists() {
        HistoryBuilder fiveSessions = treatment().sessions(5);
        fiveSessions.goal("g2", fiveSessions.lastSessionDate().plusDays(1));

        assertThat(fiveSessions.firesOn(
                        SCOPE_CREEP, fiveSessions.lastSessionDate().plusDays(30)))
                .isFalse();
    }

    @Test
    void aGoalAddedBeforeSessionHalfwayIsNotLateOnceThatSessionIsHeld() {
        history.goal("g2", history.sessionDate(5).plusDays(1));

        assertThat(history.firesOn(SCOPE_CREEP, history.lastSessionDate())).isFalse();
    }

    @Test
    void aLateGoalThatIsDroppedAgainNoLongerCounts() {
        LocalDate late = history.sessionDate(7);
        history.goal("g2", late).goalStatus("g2", GoalStatus.DROPPED, history.sessionDate(8));

        assertThat(history.firesOn(SCOPE_CREEP, history.sessionDate(7))).isTrue();
        assertThat(history.firesOn(SCOPE_CREEP, history.sessionDate(8))).isFalse();
    }

    @Test
    void eachNewLateGoalChangesTheFingerprint() {
        history.goal("g2", history.sessionDate(7)).goal("g3", history.sessionDate(9));

        assertThat(history.signalOn(SCOPE_CREEP, history.sessionDate(8))
                        .orElseThrow()
                        .fingerprint())
                .isEqualTo("goals=g2");
        assertThat(history.signalOn(SCOPE_CREEP, history.sessionDate(9))
                        .orElseThrow()
                        .fingerprint())
                .isEqualTo("goals=g2,g3");
    }
}
