package nl.afsluitwijzer.signal;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignalEngineTest {

    @Test
    void aWellRunTreatmentHasNoSignals() {
        HistoryBuilder history = treatment().sessions(4);
        history.measurement(history.sessionDate(1), 16);

        assertThat(history.signalsOn(history.lastSessionDate())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = TreatmentPhase.class,
            names = {"REFERRED", "INTAKE", "CLOSED", "TRANSFERRED", "DROPPED_OUT"})
    void givesNoSignalsOutsideTreatmentAndClosing(TreatmentPhase phase) {
        HistoryBuilder history = neglected();
        history.phase(phase, history.lastSessionDate());

        assertThat(history.signalsOn(history.lastSessionDate().plusDays(400))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = TreatmentPhase.class,
            names = {"REFERRED", "INTAKE"})
    void givesNoSignalsBeforeTreatmentStarts(TreatmentPhase phase) {
        HistoryBuilder history = neglected().onlyPhase(phase);

        assertThat(history.signalsOn(history.lastSessionDate())).isEmpty();
    }

    @Test
    void givesNoSignalsBeforeTheFirstPhaseChange() {
        assertThat(neglected().signalsOn(START.minusDays(1))).isEmpty();
    }

    @Test
    void ignoresAPhaseChangeAfterTheAsOfDate() {
        HistoryBuilder history = neglected();
        history.phase(TreatmentPhase.CLOSED, history.lastSessionDate().plusDays(1));

        assertThat(history.signalsOn(history.lastSessionDate())).isNotEmpty();
    }

    @Test
    void givesTheSameSignalsForTheSameInput() {
        HistoryBuilder history = neglected();
        TreatmentHistory built = history.build();
        SignalEngine engine = new SignalEngine();

        assertThat(engine.evaluate(built, SignalPolicy.defaults(), history.lastSessionDate()))
                .isEqualTo(engine.evaluate(built, SignalPolicy.defaults(), history.lastSessionDate()))
                .isNotEmpty();
    }

    @Test
    void ignoresEveryEventDatedAfterTheAsOfDate() {
        HistoryBuilder history = treatment().sessions(7);
        history.measurement(history.sessionDate(1), 18)
                .evaluation(history.sessionDate(2), EvaluationKind.MID, 4, 4, false);
        LocalDate asOf = history.lastSessionDate();
        List<Signal> before = history.signalsOn(asOf);

        LocalDate after = asOf.plusDays(1);
        history.sessions(3)
                .measurement(after, 5)
                .evaluation(after, EvaluationKind.INTERIM, 9, 9, true)
                .goal("g2", after)
                .goalStatus("g1", GoalStatus.REACHED, after)
                .expecting(20, after)
                .discussion(after, DiscussionKind.INTERVISION)
                .phase(TreatmentPhase.CLOSING, after)
                .session(after, SessionKind.OTHER, true);
        before.forEach(signal -> history.acknowledged(signal, after));

        assertThat(before).isNotEmpty();
        assertThat(history.signalsOn(asOf)).isEqualTo(before);
    }

    @Test
    void listsSignalsInTheOrderOfTheTable() {
        List<Signal> signals =
                neglected().signalsOn(neglected().lastSessionDate().plusDays(400));

        assertThat(signals).hasSizeGreaterThan(3);
        assertThat(signals).extracting(Signal::code).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void sortsActionFirstWhenAskedTo() {
        List<Signal> signals = neglected()
                .signalsOn(neglected().lastSessionDate().plusDays(400))
                .stream()
                .sorted(Signal.MOST_URGENT_FIRST)
                .toList();

        assertThat(signals).extracting(Signal::severity).isSortedAccordingTo(Severity.MOST_URGENT_FIRST);
        assertThat(signals.get(0).severity()).isEqualTo(Severity.ACTION);
    }

    @Test
    void usesThePolicyInForce() {
        HistoryBuilder history = treatment().sessions(3);
        SignalPolicy patient = new SignalPolicy(12, 16, 2, 4, 3, 28, 90, 365, 730, 5);
        LocalDate asOf = history.lastSessionDate().plusDays(60);

        assertThat(new SignalEngine().evaluate(history.build(), SignalPolicy.defaults(), asOf))
                .extracting(Signal::code)
                .contains(SignalCode.NO_RECENT_CONTACT);
        assertThat(new SignalEngine().evaluate(history.build(), patient, asOf))
                .extracting(Signal::code)
                .doesNotContain(SignalCode.NO_RECENT_CONTACT);
    }

    /** Fourteen weekly sessions, no goals, no measurement, no evaluation: many rules fire. */
    private static HistoryBuilder neglected() {
        return treatment().withoutGoals().closingNotDiscussed().sessions(14);
    }
}
