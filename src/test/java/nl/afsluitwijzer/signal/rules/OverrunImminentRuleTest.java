package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.OVERRUN_IMMINENT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class OverrunImminentRuleTest {

    private final HistoryBuilder history = treatment().sessions(13);

    @Test
    void firesFromTheMarginBeforeTheExpectedEndAndNotOneSessionEarlier() {
        assertThat(history.firesOn(OVERRUN_IMMINENT, history.sessionDate(9))).isFalse();
        assertThat(history.signalOn(OVERRUN_IMMINENT, history.sessionDate(10))).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
            assertThat(signal.fingerprint()).isEqualTo("E=12");
            assertThat(signal.messageArguments()).containsExactly(10, 12, 2, 2);
        });
        assertThat(history.firesOn(OVERRUN_IMMINENT, history.sessionDate(12))).isTrue();
    }

    @Test
    void givesWayToOverrunPastTheExpectedEnd() {
        assertThat(history.firesOn(OVERRUN_IMMINENT, history.sessionDate(13))).isFalse();
    }

    @Test
    void isSilentAfterAnIntervisionOrTeamDiscussionSinceEWasSet() {
        HistoryBuilder discussed =
                treatment().sessions(11).discussion(HistoryBuilder.START, DiscussionKind.INTERVISION);
        HistoryBuilder teamDiscussed =
                treatment().sessions(11).discussion(HistoryBuilder.START.plusDays(3), DiscussionKind.TEAM);

        assertThat(discussed.firesOn(OVERRUN_IMMINENT, discussed.lastSessionDate()))
                .isFalse();
        assertThat(teamDiscussed.firesOn(OVERRUN_IMMINENT, teamDiscussed.lastSessionDate()))
                .isFalse();
    }

    @Test
    void anMdoDiscussionDoesNotCount() {
        history.discussion(HistoryBuilder.START.plusDays(3), DiscussionKind.MDO);

        assertThat(history.firesOn(OVERRUN_IMMINENT, history.sessionDate(11))).isTrue();
    }

    @Test
    void aDiscussionBeforeEWasLastSetDoesNotCount() {
        history.discussion(history.sessionDate(9), DiscussionKind.INTERVISION).expecting(14, history.sessionDate(10));

        assertThat(history.signalOn(OVERRUN_IMMINENT, history.sessionDate(12)))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("E=14"));
    }

    @Test
    void appliesOnlyInTheTreatmentPhase() {
        history.phase(TreatmentPhase.CLOSING, history.sessionDate(9));

        assertThat(history.firesOn(OVERRUN_IMMINENT, history.sessionDate(11))).isFalse();
    }
}
