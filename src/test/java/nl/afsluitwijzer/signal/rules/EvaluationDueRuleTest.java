package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.EVALUATION_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalPolicy;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class EvaluationDueRuleTest {

    private final HistoryBuilder twelveExpected = treatment().sessions(8);

    @Test
    void isSilentTwoSessionsBeforeHalfway() {
        assertThat(twelveExpected.firesOn(EVALUATION_DUE, twelveExpected.sessionDate(4)))
                .isFalse();
    }

    @Test
    void isInfoOneSessionBeforeHalfway() {
        assertThat(twelveExpected.signalOn(EVALUATION_DUE, twelveExpected.sessionDate(5)))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.severity()).isEqualTo(Severity.INFO);
                    assertThat(signal.messageArguments()).containsExactly(5, 12, 6);
                    assertThat(signal.explanationKey()).isEqualTo("signal.EVALUATION_DUE.explanation.INFO");
                });
    }

    @Test
    void isActionAtHalfwayAndAfter() {
        assertThat(twelveExpected.signalOn(EVALUATION_DUE, twelveExpected.sessionDate(6)))
                .map(Signal::severity)
                .hasValue(Severity.ACTION);
        assertThat(twelveExpected.signalOn(EVALUATION_DUE, twelveExpected.sessionDate(8)))
                .map(Signal::severity)
                .hasValue(Severity.ACTION);
    }

    @Test
    void roundsHalfwayUpForAnOddExpectedNumber() {
        HistoryBuilder history = treatment().expecting(13).sessions(7);

        assertThat(history.firesOn(EVALUATION_DUE, history.sessionDate(5))).isFalse();
        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(6)))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(7))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.messageArguments()).containsExactly(7, 13, 7);
        });
    }

    @Test
    void isSilentOnceAnEvaluationIsRecorded() {
        twelveExpected.evaluation(twelveExpected.sessionDate(5));

        assertThat(twelveExpected.firesOn(EVALUATION_DUE, twelveExpected.sessionDate(8)))
                .isFalse();
    }

    @Test
    void isSilentWithoutAnExpectedNumberOfSessions() {
        HistoryBuilder history = treatment().withoutExpectedSessions().sessions(8);

        assertThat(history.firesOn(EVALUATION_DUE, history.lastSessionDate())).isFalse();
    }

    @Test
    void countsOnlyAttendedTreatmentEvaluationAndClosingSessions() {
        HistoryBuilder history = treatment().sessions(4);
        history.session(history.lastSessionDate().plusDays(7), SessionKind.TREATMENT, false)
                .session(history.lastSessionDate().plusDays(14), SessionKind.OTHER, true);

        assertThat(history.firesOn(EVALUATION_DUE, history.lastSessionDate())).isFalse();
    }

    @Test
    void usesTheExpectedNumberInForceOnTheAsOfDate() {
        HistoryBuilder history = treatment().sessions(6);
        history.expecting(20, history.sessionDate(6));

        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(5)))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
        assertThat(history.firesOn(EVALUATION_DUE, history.sessionDate(6))).isFalse();
    }

    @Test
    void inTheClosingPhaseWithoutAnyEvaluationItIsAtMostInfo() {
        HistoryBuilder history = treatment().sessions(8);
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(3));

        assertThat(history.firesOn(EVALUATION_DUE, history.sessionDate(4))).isFalse();
        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(5)))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(6))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.INFO);
            assertThat(signal.fingerprint()).isEqualTo("E=12;INFO");
        });
        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(8)))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
    }

    @Test
    void isSilentInTheClosingPhaseOnceClosingWasDecidedAtAnEvaluation() {
        HistoryBuilder history = treatment().sessions(8);
        history.evaluation(history.sessionDate(7), Decision.START_CLOSING)
                .phase(TreatmentPhase.CLOSING, history.sessionDate(7));

        assertThat(history.signalOn(EVALUATION_DUE, history.sessionDate(6)))
                .map(Signal::severity)
                .hasValue(Severity.ACTION);
        assertThat(history.firesOn(EVALUATION_DUE, history.sessionDate(7))).isFalse();
        assertThat(history.firesOn(EVALUATION_DUE, history.sessionDate(8))).isFalse();
    }

    @Test
    void evaluatesAfterNSessionsWhenThatComesBeforeHalfway() {
        SignalPolicy afterFive = policyEvaluatingAfter(5);

        assertThat(evaluate(twelveExpected, 3, afterFive)).isEmpty();
        assertThat(evaluate(twelveExpected, 4, afterFive)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.INFO);
            assertThat(signal.messageArguments()).containsExactly(4, 12, 5);
        });
        assertThat(evaluate(twelveExpected, 5, afterFive)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.messageArguments()).containsExactly(5, 12, 5);
        });
    }

    @Test
    void keepsHalfwayWhenNSessionsComesAfterIt() {
        SignalPolicy afterEight = policyEvaluatingAfter(8);

        assertThat(evaluate(twelveExpected, 4, afterEight)).isEmpty();
        assertThat(evaluate(twelveExpected, 5, afterEight))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
        assertThat(evaluate(twelveExpected, 6, afterEight)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.messageArguments()).containsExactly(6, 12, 6);
        });
    }

    @Test
    void nSessionsEqualToHalfwayIsHalfway() {
        SignalPolicy afterSix = policyEvaluatingAfter(6);

        assertThat(evaluate(twelveExpected, 4, afterSix)).isEmpty();
        assertThat(evaluate(twelveExpected, 5, afterSix)).map(Signal::severity).hasValue(Severity.INFO);
        assertThat(evaluate(twelveExpected, 6, afterSix)).map(Signal::severity).hasValue(Severity.ACTION);
    }

    @Test
    void withoutNSessionsThePolicyEvaluatesHalfway() {
        SignalPolicy halfwayOnly = SignalPolicy.defaults();

        assertThat(halfwayOnly.evaluateAfterSessions()).isNull();
        assertThat(evaluate(twelveExpected, 4, halfwayOnly)).isEmpty();
        assertThat(evaluate(twelveExpected, 5, halfwayOnly))
                .map(Signal::severity)
                .hasValue(Severity.INFO);
        assertThat(evaluate(twelveExpected, 6, halfwayOnly))
                .map(Signal::severity)
                .hasValue(Severity.ACTION);
    }

    @Test
    void evaluatingAfterOneSessionIsDueFromTheFirstSession() {
        SignalPolicy afterOne = policyEvaluatingAfter(1);

        assertThat(evaluate(twelveExpected, 1, afterOne)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ACTION);
            assertThat(signal.messageArguments()).containsExactly(1, 12, 1);
        });
    }

    private static SignalPolicy policyEvaluatingAfter(int sessions) {
        return new SignalPolicy(12, 16, 2, 4, 3, 28, 42, 365, 730, 5, sessions);
    }

    private static Optional<Signal> evaluate(HistoryBuilder history, int attended, SignalPolicy policy) {
        return new EvaluationDueRule()
                .evaluate(new HistoryAsOf(history.build(), history.sessionDate(attended)), policy);
    }
}
