package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.TreatmentHistory.Acknowledgement;
import nl.afsluitwijzer.signal.TreatmentHistory.Discussion;
import nl.afsluitwijzer.signal.TreatmentHistory.DiscussionKind;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.EvaluationKind;
import nl.afsluitwijzer.signal.TreatmentHistory.ExpectedSessions;
import nl.afsluitwijzer.signal.TreatmentHistory.Goal;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatusChange;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;
import nl.afsluitwijzer.signal.TreatmentHistory.PhaseChange;
import nl.afsluitwijzer.signal.TreatmentHistory.Session;
import nl.afsluitwijzer.signal.TreatmentHistory.SessionKind;

/**
 * Builds treatment histories for tests. It starts as a well-agreed treatment: in TREATMENT since {@link #START},
 * E = 12 set on that day, closing discussed, one goal {@code g1}, PHQ-9 as primary instrument, nothing else.
 */
public final class HistoryBuilder {

    public static final LocalDate START = LocalDate.of(2025, 1, 6);
    public static final OutcomeThresholds PHQ9 = new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER);

    private final SignalEngine engine = new SignalEngine();
    private final LocalDate startDate;
    private final List<PhaseChange> phases = new ArrayList<>();
    private final List<ExpectedSessions> expected = new ArrayList<>();
    private final Map<String, LocalDate> goalsAdded = new LinkedHashMap<>();
    private final Map<String, List<GoalStatusChange>> goalChanges = new LinkedHashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final List<Discussion> discussions = new ArrayList<>();
    private final List<Acknowledgement> acknowledgements = new ArrayList<>();
    private final List<TreatmentHistory.RiskCheck> riskChecks = new ArrayList<>();
    private final List<TreatmentHistory.RiskAssessment> riskAssessments = new ArrayList<>();
    private boolean closingDiscussed = true;
    private OutcomeThresholds thresholds = PHQ9;

    private HistoryBuilder(LocalDate startDate) {
        this.startDate = startDate;
        phases.add(new PhaseChange(startDate, TreatmentPhase.TREATMENT));
        expected.add(new ExpectedSessions(startDate, 12));
        goal("g1", startDate);
    }

    public static HistoryBuilder treatment() {
        return new HistoryBuilder(START);
    }

    public HistoryBuilder withoutGoals() {
        goalsAdded.clear();
        goalChanges.clear();
        return this;
    }

    public HistoryBuilder withoutExpectedSessions() {
        expected.clear();
        return this;
    }

    public HistoryBuilder closingNotDiscussed() {
        closingDiscussed = false;
        return this;
    }

    public HistoryBuilder withoutPrimaryInstrument() {
        thresholds = null;
        return this;
    }

    public HistoryBuilder thresholds(OutcomeThresholds outcomeThresholds) {
        thresholds = outcomeThresholds;
        return this;
    }

    /** E is {@code sessions} from the start on (replacing the default 12). */
    public HistoryBuilder expecting(int sessions) {
        expected.clear();
        expected.add(new ExpectedSessions(startDate, sessions));
        return this;
    }

    /** E becomes {@code sessions} on {@code date}, e.g. an extension. */
    public HistoryBuilder expecting(int sessions, LocalDate date) {
        expected.add(new ExpectedSessions(date, sessions));
        return this;
    }

    public HistoryBuilder phase(TreatmentPhase phase, LocalDate date) {
        phases.add(new PhaseChange(date, phase));
        return this;
    }

    /** The only phase is {@code phase}, from the start on. */
    public HistoryBuilder onlyPhase(TreatmentPhase phase) {
        phases.clear();
        return phase(phase, startDate);
    }

    /** {@code count} attended TREATMENT sessions, weekly after the last session (or after the start). */
    public HistoryBuilder sessions(int count) {
        return sessionsEvery(count, 7);
    }

    public HistoryBuilder sessionsEvery(int count, int days) {
        for (int i = 0; i < count; i++) {
            session(lastSessionDateOrStart().plusDays(days), SessionKind.TREATMENT, true);
        }
        return this;
    }

    public HistoryBuilder session(LocalDate date, SessionKind kind, boolean attended) {
        sessions.add(new Session(date, kind, attended));
        return this;
    }

    /** The date of the {@code number}-th session added (1-based). */
    public LocalDate sessionDate(int number) {
        return sessions.get(number - 1).date();
    }

    public LocalDate lastSessionDate() {
        return sessions.get(sessions.size() - 1).date();
    }

    public HistoryBuilder goal(String id, LocalDate added) {
        goalsAdded.put(id, added);
        goalChanges.put(id, new ArrayList<>());
        return this;
    }

    public HistoryBuilder goalStatus(String id, GoalStatus status, LocalDate date) {
        goalChanges.get(id).add(new GoalStatusChange(date, status));
        return this;
    }

    public HistoryBuilder measurement(LocalDate date, int total) {
        measurements.add(new Measurement(date, total));
        return this;
    }

    /** A later primary measurement with the expectation the caller computed for it (docs/expected-course.md). */
    public HistoryBuilder measurement(LocalDate date, int total, TreatmentHistory.Expected expected) {
        measurements.add(new Measurement(date, total, expected));
        return this;
    }

    /** A PHQ-9 with item answers on {@code date} whose item 9 (risk above 0) was answered {@code answer}. */
    public HistoryBuilder phq9Item9(LocalDate date, int answer) {
        return riskAnswer(date, "PHQ9", 9, answer, 0);
    }

    /** A measurement with item answers on {@code instrument} whose risk item {@code item} was answered so. */
    public HistoryBuilder riskAnswer(LocalDate date, String instrument, int item, int answer, int riskAbove) {
        riskChecks.add(new TreatmentHistory.RiskCheck(
                date, instrument, List.of(new TreatmentHistory.RiskAnswer(item, answer, riskAbove))));
        return this;
    }

    /** A risk assessment recorded on {@code date}. */
    public HistoryBuilder riskAssessment(LocalDate date) {
        riskAssessments.add(new TreatmentHistory.RiskAssessment(date, "NO_ACUTE_RISK"));
        return this;
    }

    /** An INTERIM evaluation without ratings or colleague. */
    public HistoryBuilder evaluation(LocalDate date) {
        return evaluation(date, EvaluationKind.INTERIM, null, null, false);
    }

    public HistoryBuilder evaluation(
            LocalDate date, EvaluationKind kind, Integer alliance, Integer motivation, boolean colleaguePresent) {
        evaluations.add(new Evaluation(date, kind, alliance, motivation, colleaguePresent));
        return this;
    }

    /** An INTERIM evaluation that decided a breakthrough attempt, to be reviewed after {@code k} sessions. */
    public HistoryBuilder breakthroughAttempt(LocalDate date, int k) {
        evaluations.add(new Evaluation(
                date, EvaluationKind.INTERIM, null, null, false, TreatmentHistory.Decision.BREAKTHROUGH_ATTEMPT, k));
        return this;
    }

    /** An INTERIM evaluation with this decision (no review). */
    public HistoryBuilder evaluation(LocalDate date, TreatmentHistory.Decision decision) {
        evaluations.add(new Evaluation(date, EvaluationKind.INTERIM, null, null, false, decision, null));
        return this;
    }

    public HistoryBuilder discussion(LocalDate date, DiscussionKind kind) {
        discussions.add(new Discussion(date, kind));
        return this;
    }

    /** A decision on {@code date} acknowledged {@code signal} as it was. */
    public HistoryBuilder acknowledged(Signal signal, LocalDate date) {
        acknowledgements.add(new Acknowledgement(date, signal.code(), signal.fingerprint()));
        return this;
    }

    public TreatmentHistory build() {
        List<Goal> goals = new ArrayList<>();
        goalsAdded.forEach((id, added) -> goals.add(new Goal(id, added, goalChanges.get(id))));
        return new TreatmentHistory(
                "t-1",
                phases,
                startDate,
                closingDiscussed,
                expected,
                thresholds,
                goals,
                sessions,
                measurements,
                evaluations,
                discussions,
                acknowledgements,
                riskChecks,
                riskAssessments);
    }

    public List<Signal> signalsOn(LocalDate asOf) {
        return engine.evaluate(build(), SignalPolicy.defaults(), asOf);
    }

    public Optional<Signal> signalOn(SignalCode code, LocalDate asOf) {
        return signalsOn(asOf).stream().filter(signal -> signal.code() == code).findFirst();
    }

    public boolean firesOn(SignalCode code, LocalDate asOf) {
        return signalOn(code, asOf).isPresent();
    }

    private LocalDate lastSessionDateOrStart() {
        return sessions.isEmpty() ? startDate : lastSessionDate();
    }
}
