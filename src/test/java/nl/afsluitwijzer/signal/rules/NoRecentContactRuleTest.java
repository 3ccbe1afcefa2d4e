package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.NO_RECENT_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import org.junit.jupiter.api.Test;

class NoRecentContactRuleTest {

    private final HistoryBuilder history = treatment().sessions(3);

    @Test
    void firesFortyThreeDaysAfterTheLastSessionAndNotAfterFortyTwo() {
        assertThat(history.firesOn(NO_RECENT_CONTACT, history.lastSessionDate().plusDays(42)))
                .isFalse();
        assertThat(history.signalOn(NO_RECENT_CONTACT, history.lastSessionDate().plusDays(43)))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.severity()).isEqualTo(Severity.ATTENTION);
                    assertThat(signal.fingerprint()).isEqualTo("lastContact=" + history.lastSessionDate());
                    assertThat(signal.messageArguments()).containsExactly(43L, history.lastSessionDate(), 1, 42);
                });
    }

    @Test
    void countsFromTheStartWithoutAnyAttendedSession() {
        HistoryBuilder none = treatment().session(START.plusDays(7), SessionKind.TREATMENT, false);

        assertThat(none.firesOn(NO_RECENT_CONTACT, START.plusDays(42))).isFalse();
        assertThat(none.signalOn(NO_RECENT_CONTACT, START.plusDays(43)))
                .hasValueSatisfying(signal -> assertThat(signal.fingerprint()).isEqualTo("start=" + START));
    }

    @Test
    void anAttendedSessionOfAnyKindIsContactButAMissedOneIsNot() {
        history.session(history.lastSessionDate().plusDays(10), SessionKind.OTHER, true)
                .session(history.lastSessionDate().plusDays(20), SessionKind.TREATMENT, false);

        assertThat(history.signalOn(NO_RECENT_CONTACT, history.sessionDate(4).plusDays(43)))
                .hasValueSatisfying(
                        signal -> assertThat(signal.messageArguments().get(1)).isEqualTo(history.sessionDate(4)));
    }
}
