package nl.afsluitwijzer.signal;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;

/** At least one history for every signal code, and for each branch of its explanation, with the signal it gives. */
final class SignalExamples {

    private final List<Signal> signals = new ArrayList<>();

    private SignalExamples() {}

    static List<Signal> all() {
        SignalExamples examples = new SignalExamples();
        examples.risk();
        examples.breakthrough();
        examples.agreementsAndEvaluation();
        examples.outcomes();
        examples.durations();
        examples.contactAndClosing();
        return examples.signals;
    }

    private void breakthrough() {
        HistoryBuilder attempt = treatment().sessions(6);
        attempt.breakthroughAttempt(attempt.lastSessionDate(), 3).sessions(3);
        add(attempt, SignalCode.BREAKTHROUGH_REVIEW, attempt.lastSessionDate());
    }

    private void risk() {
        HistoryBuilder raised = treatment().sessions(2).phq9Item9(START.plusDays(7), 2);
        add(raised, SignalCode.SUICIDE_ITEM, raised.lastSessionDate());
    }

    private void agreementsAndEvaluation() {
        HistoryBuilder none = treatment()
                .withoutGoals()
                .withoutExpectedSessions()
                .closingNotDiscussed()
                .withoutPrimaryInstrument()
                .sessions(2);
        add(none, SignalCode.AGREEMENTS_MISSING, none.lastSessionDate());
        add(none, SignalCode.BASELINE_MISSING, none.lastSessionDate());
        HistoryBuilder noGoal = treatment().withoutGoals().sessions(2);
        add(noGoal, SignalCode.AGREEMENTS_MISSING, noGoal.lastSessionDate());
        HistoryBuilder agreed = treatment().sessions(6);
        add(agreed, SignalCode.BASELINE_MISSING, agreed.lastSessionDate());
        add(agreed, SignalCode.EVALUATION_DUE, agreed.sessionDate(5));
        add(agreed, SignalCode.EVALUATION_DUE, agreed.sessionDate(6));
        HistoryBuilder evaluated =
                treatment().sessions(6).evaluation(START.plusDays(40), EvaluationKind.MID, 3, null, false);
        add(evaluated, SignalCode.EVALUATION_WITHOUT_MEASUREMENT, evaluated.lastSessionDate());
        add(evaluated, SignalCode.LOW_ALLIANCE, evaluated.lastSessionDate());
        HistoryBuilder unmotivated =
                treatment().sessions(6).evaluation(START.plusDays(40), EvaluationKind.MID, 7, 2, false);
        add(unmotivated, SignalCode.LOW_ALLIANCE, unmotivated.lastSessionDate());
    }

    private void outcomes() {
        HistoryBuilder recovered =
                treatment().sessions(6).measurement(START, 15).measurement(START.plusDays(35), 9);
        add(recovered, SignalCode.GOAL_REACHED, recovered.lastSessionDate());
        HistoryBuilder reached = treatment().sessions(6).goalStatus("g1", GoalStatus.REACHED, START.plusDays(30));
        add(reached, SignalCode.GOAL_REACHED, reached.lastSessionDate());
        HistoryBuilder flat = treatment()
                .sessions(8)
                .measurement(START, 20)
                .measurement(START.plusDays(14), 18)
                .measurement(START.plusDays(28), 19);
        add(flat, SignalCode.PLATEAU, flat.lastSessionDate());
        add(flat, SignalCode.MEASUREMENT_OVERDUE, flat.lastSessionDate());
        HistoryBuilder worse = treatment().sessions(6).measurement(START, 10).measurement(START.plusDays(35), 17);
        add(worse, SignalCode.DETERIORATION, worse.lastSessionDate());
        HistoryBuilder offTrack = treatment()
                .sessions(6)
                .measurement(START, 20)
                .measurement(START.plusDays(28), 19, new TreatmentHistory.Expected(4, 14.2, 10.4, 18.0, true));
        add(offTrack, SignalCode.NOT_ON_TRACK, offTrack.lastSessionDate());
    }

    private void durations() {
        HistoryBuilder longer = treatment().sessions(13);
        add(longer, SignalCode.OVERRUN_IMMINENT, longer.sessionDate(11));
        add(longer, SignalCode.OVERRUN, longer.lastSessionDate());
        add(longer, SignalCode.LONG_RUNNING_MDO, START.plusDays(400));
        add(longer, SignalCode.LONG_RUNNING_COLLEAGUE, START.plusDays(800));
        HistoryBuilder reviewed = treatment()
                .discussion(START.plusDays(100), DiscussionKind.MDO)
                .evaluation(START.plusDays(100), EvaluationKind.FINAL, 8, 8, true);
        add(reviewed, SignalCode.LONG_RUNNING_MDO, START.plusDays(800));
        add(reviewed, SignalCode.LONG_RUNNING_COLLEAGUE, START.plusDays(800));
        HistoryBuilder growing = treatment().sessions(10);
        growing.goal("g2", growing.sessionDate(7));
        add(growing, SignalCode.SCOPE_CREEP, growing.lastSessionDate());
        growing.evaluation(growing.sessionDate(3));
        add(growing, SignalCode.SCOPE_CREEP, growing.lastSessionDate());
    }

    private void contactAndClosing() {
        HistoryBuilder quiet = treatment().sessions(2);
        add(quiet, SignalCode.NO_RECENT_CONTACT, quiet.lastSessionDate().plusDays(50));
        add(treatment(), SignalCode.NO_RECENT_CONTACT, START.plusDays(50));
        HistoryBuilder closing = treatment().sessions(8);
        closing.phase(TreatmentPhase.CLOSING, closing.lastSessionDate().plusDays(1))
                .sessionsEvery(3, 5);
        add(closing, SignalCode.NO_FADING_OUT, closing.lastSessionDate());
    }

    private void add(HistoryBuilder history, SignalCode code, LocalDate asOf) {
        signals.add(
                history.signalOn(code, asOf).orElseThrow(() -> new AssertionError(code + " does not fire on " + asOf)));
    }
}
