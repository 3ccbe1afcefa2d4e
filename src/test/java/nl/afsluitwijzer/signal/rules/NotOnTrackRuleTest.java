package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.NOT_ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.Decision;
import nl.afsluitwijzer.signal.TreatmentHistory.Expected;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

/** Sessions are weekly from START + 7 days, so session k is on START + 7k; the baseline is taken on START. */
class NotOnTrackRuleTest {

    private static final LocalDate SESSION_3 = START.plusDays(21);
    private static final LocalDate AS_OF = START.plusDays(42);
    /** PHQ-9 from 20: expected 14.2 at session 3, 8 in 10 comparable clients between 10.4 and 18. */
    private static final Expected AT_3 = new Expected(3, 14.2, 10.4, 18.0, true);

    @Test
    void firesWhenTheLatestScoreIsJustPastTheWorseEdgeOfTheBand() {
        HistoryBuilder history = offTrack(19, AT_3);

        assertThat(history.signalOn(NOT_ON_TRACK, AS_OF)).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("latest=" + SESSION_3 + ":19");
            assertThat(signal.messageArguments()).containsExactly(14.2, 3, 19, SESSION_3, 18.0, 20, 1);
        });
    }

    @Test
    void isSilentExactlyOnTheEdge() {
        assertThat(offTrack(18, AT_3).firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
    }

    @Test
    void aFractionalEdgeIsPassedByTheNextWholeScore() {
        Expected edge = new Expected(3, 14.2, 10.4, 17.6, true);
        assertThat(offTrack(17, edge).firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
        assertThat(offTrack(18, edge).firesOn(NOT_ON_TRACK, AS_OF)).isTrue();
    }

    @Test
    void firesFromTheThirdTreatmentSessionOnNotAtTheSecond() {
        Expected atTwo = new Expected(2, 15.0, 11.2, 18.8, true);
        HistoryBuilder second =
                treatment().sessions(6).measurement(START, 20).measurement(START.plusDays(14), 20, atTwo);

        assertThat(second.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
        assertThat(offTrack(20, AT_3).firesOn(NOT_ON_TRACK, AS_OF)).isTrue();
    }

    @Test
    void isSilentWithoutAnExpectation() {
        HistoryBuilder history = treatment().sessions(6).measurement(START, 20).measurement(SESSION_3, 27);

        assertThat(history.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
    }

    @Test
    void readsTheLatestMeasurementOnly() {
        HistoryBuilder history =
                offTrack(22, AT_3).measurement(START.plusDays(35), 12, new Expected(5, 13.0, 9.2, 16.8, true));

        assertThat(history.firesOn(NOT_ON_TRACK, SESSION_3)).isTrue();
        assertThat(history.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
    }

    @Test
    void onAHigherIsBetterInstrumentTheLowEdgeIsTheWorseOne() {
        OutcomeThresholds goalBased = new OutcomeThresholds(3, null, Direction.HIGHER_IS_BETTER);
        Expected rising = new Expected(3, 5.0, 3.0, 7.0, false);
        HistoryBuilder below = treatment()
                .thresholds(goalBased)
                .sessions(6)
                .measurement(START, 2)
                .measurement(SESSION_3, 2, rising);
        HistoryBuilder onEdge = treatment()
                .thresholds(goalBased)
                .sessions(6)
                .measurement(START, 2)
                .measurement(SESSION_3, 3, rising);
        HistoryBuilder above = treatment()
                .thresholds(goalBased)
                .sessions(6)
                .measurement(START, 2)
                .measurement(SESSION_3, 8, rising);

        assertThat(below.signalOn(NOT_ON_TRACK, AS_OF))
                .hasValueSatisfying(signal ->
                        assertThat(signal.messageArguments()).containsExactly(5.0, 3, 2, SESSION_3, 3.0, 2, 0));
        assertThat(onEdge.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
        assertThat(above.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
    }

    @Test
    void isSilentInTheClosingPhaseOnceClosingWasDecidedAtAnEvaluation() {
        LocalDate decided = START.plusDays(28);
        HistoryBuilder decidedAtEvaluation =
                offTrack(20, AT_3).evaluation(decided, Decision.START_CLOSING).phase(TreatmentPhase.CLOSING, decided);
        HistoryBuilder closingWithoutDecision = offTrack(20, AT_3).phase(TreatmentPhase.CLOSING, decided);

        assertThat(decidedAtEvaluation.firesOn(NOT_ON_TRACK, AS_OF)).isFalse();
        assertThat(closingWithoutDecision.firesOn(NOT_ON_TRACK, AS_OF)).isTrue();
    }

    @Test
    void isSilentWithoutAPrimaryInstrument() {
        assertThat(offTrack(20, AT_3).withoutPrimaryInstrument().firesOn(NOT_ON_TRACK, AS_OF))
                .isFalse();
    }

    private static HistoryBuilder offTrack(int latest, Expected expected) {
        return treatment().sessions(6).measurement(START, 20).measurement(SESSION_3, latest, expected);
    }
}
