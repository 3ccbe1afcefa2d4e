package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.NO_FADING_OUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class NoFadingOutRuleTest {

    private final HistoryBuilder history = treatment().sessions(8);
    private final LocalDate closingFrom = history.lastSessionDate().plusDays(1);

    @Test
    void firesWhenTheClosingSessionsAreAsCloseAsBefore() {
        history.phase(TreatmentPhase.CLOSING, closingFrom).sessionsEvery(3, 7);

        assertThat(history.signalOn(NO_FADING_OUT, history.lastSessionDate())).hasValueSatisfying(signal -> {
            assertThat(signal.severity()).isEqualTo(Severity.INFO);
            assertThat(signal.fingerprint()).isEqualTo("closing=" + closingFrom);
            assertThat(signal.messageArguments()).containsExactly(3, 7.0, 7.0);
        });
    }

    @Test
    void isSilentWhenTheClosingSessionsAreFurtherApart() {
        history.phase(TreatmentPhase.CLOSING, closingFrom).sessionsEvery(1, 7).sessionsEvery(1, 8);

        assertThat(history.firesOn(NO_FADING_OUT, history.lastSessionDate())).isFalse();
    }

    @Test
    void needsThreeSessionsInTheClosingPhase() {
        history.phase(TreatmentPhase.CLOSING, closingFrom).sessionsEvery(2, 3);

        assertThat(history.firesOn(NO_FADING_OUT, history.lastSessionDate())).isFalse();
        history.sessionsEvery(1, 3);
        assertThat(history.firesOn(NO_FADING_OUT, history.lastSessionDate())).isTrue();
    }

    @Test
    void needsTwoSessionsInTheTreatmentPhase() {
        HistoryBuilder brief = treatment().sessions(1);
        brief.phase(TreatmentPhase.CLOSING, brief.lastSessionDate().plusDays(1)).sessionsEvery(4, 2);

        assertThat(brief.firesOn(NO_FADING_OUT, brief.lastSessionDate())).isFalse();
    }

    @Test
    void appliesOnlyInTheClosingPhase() {
        assertThat(history.sessionsEvery(3, 2).firesOn(NO_FADING_OUT, history.lastSessionDate()))
                .isFalse();
    }
}
