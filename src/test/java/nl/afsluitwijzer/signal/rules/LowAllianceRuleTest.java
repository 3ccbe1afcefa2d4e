package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.LOW_ALLIANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import org.junit.jupiter.api.Test;

class LowAllianceRuleTest {

    private static final LocalDate EVALUATED = START.plusDays(42);

    @Test
    void firesAtAWorkingRelationshipOfFiveAndNotSix() {
        assertThat(rated(6, 8).firesOn(LOW_ALLIANCE, EVALUATED)).isFalse();
        assertThat(rated(5, 8).signalOn(LOW_ALLIANCE, EVALUATED)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("evaluation=" + EVALUATED);
            assertThat(signal.messageArguments()).containsExactly(EVALUATED, 1, 5, 1, 8, 5);
        });
    }

    @Test
    void firesAtAMotivationOfFiveAndNotSix() {
        assertThat(rated(8, 6).firesOn(LOW_ALLIANCE, EVALUATED)).isFalse();
        assertThat(rated(8, 5).firesOn(LOW_ALLIANCE, EVALUATED)).isTrue();
    }

    @Test
    void aMissingRatingIsNotLow() {
        assertThat(rated(null, null).firesOn(LOW_ALLIANCE, EVALUATED)).isFalse();
        assertThat(rated(null, 2).signalOn(LOW_ALLIANCE, EVALUATED))
                .hasValueSatisfying(
                        signal -> assertThat(signal.messageArguments()).containsExactly(EVALUATED, 0, 0, 1, 2, 5));
    }

    @Test
    void looksOnlyAtTheLatestEvaluation() {
        HistoryBuilder history = rated(3, 3).evaluation(EVALUATED.plusDays(28), EvaluationKind.INTERIM, 7, 7, false);

        assertThat(history.firesOn(LOW_ALLIANCE, EVALUATED.plusDays(27))).isTrue();
        assertThat(history.firesOn(LOW_ALLIANCE, EVALUATED.plusDays(28))).isFalse();
    }

    private static HistoryBuilder rated(Integer alliance, Integer motivation) {
        return treatment().sessions(6).evaluation(EVALUATED, EvaluationKind.MID, alliance, motivation, false);
    }
}
