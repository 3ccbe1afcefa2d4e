package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.EVALUATION_WITHOUT_MEASUREMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import org.junit.jupiter.api.Test;

class EvaluationWithoutMeasurementRuleTest {

    private static final LocalDate EVALUATION = START.plusDays(42);
    private static final LocalDate LATER = EVALUATION.plusDays(30);

    @Test
    void isSilentWithAMeasurementFourteenDaysBefore() {
        assertThat(evaluatedWithMeasurementOn(EVALUATION.minusDays(14)).firesOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .isFalse();
    }

    @Test
    void firesWithAMeasurementFifteenDaysBefore() {
        assertThat(evaluatedWithMeasurementOn(EVALUATION.minusDays(15)).signalOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.severity()).isEqualTo(Severity.INFO);
                    assertThat(signal.fingerprint()).isEqualTo("evaluation=" + EVALUATION);
                    assertThat(signal.messageArguments()).containsExactly(EVALUATION, 14);
                });
    }

    @Test
    void isSilentWithAMeasurementFourteenDaysAfterButFiresWithFifteen() {
        assertThat(evaluatedWithMeasurementOn(EVALUATION.plusDays(14)).firesOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .isFalse();
        assertThat(evaluatedWithMeasurementOn(EVALUATION.plusDays(15)).firesOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .isTrue();
    }

    @Test
    void aMeasurementAfterTheAsOfDateDoesNotCountYet() {
        HistoryBuilder history = evaluatedWithMeasurementOn(EVALUATION.plusDays(7));

        assertThat(history.firesOn(EVALUATION_WITHOUT_MEASUREMENT, EVALUATION.plusDays(6)))
                .isTrue();
        assertThat(history.firesOn(EVALUATION_WITHOUT_MEASUREMENT, EVALUATION.plusDays(7)))
                .isFalse();
    }

    @Test
    void looksOnlyAtTheLatestEvaluation() {
        HistoryBuilder history =
                evaluatedWithMeasurementOn(EVALUATION.minusDays(60)).evaluation(EVALUATION.minusDays(60));

        assertThat(history.signalOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("evaluation=" + EVALUATION));
    }

    @Test
    void isSilentWithoutAnEvaluation() {
        assertThat(treatment().sessions(6).firesOn(EVALUATION_WITHOUT_MEASUREMENT, LATER))
                .isFalse();
    }

    private static HistoryBuilder evaluatedWithMeasurementOn(LocalDate measured) {
        return treatment().sessions(6).evaluation(EVALUATION).measurement(measured, 15);
    }
}
