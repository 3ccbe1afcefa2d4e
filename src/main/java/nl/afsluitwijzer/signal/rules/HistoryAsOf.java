package nl.afsluitwijzer.signal.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.TreatmentHistory;
import nl.afsluitwijzer.signal.TreatmentHistory.Acknowledgement;
import nl.afsluitwijzer.signal.TreatmentHistory.Discussion;
import nl.afsluitwijzer.signal.TreatmentHistory.Evaluation;
import nl.afsluitwijzer.signal.TreatmentHistory.ExpectedSessions;
import nl.afsluitwijzer.signal.TreatmentHistory.GoalStatus;
import nl.afsluitwijzer.signal.TreatmentHistory.Measurement;
import nl.afsluitwijzer.signal.TreatmentHistory.PhaseChange;
import nl.afsluitwijzer.signal.TreatmentHistory.RiskAssessment;
import nl.afsluitwijzer.signal.TreatmentHistory.RiskCheck;
import nl.afsluitwijzer.signal.TreatmentHistory.Session;
import nl.afsluitwijzer.signal.TreatmentPhase;

/**
 * A treatment history as it stood on the as-of date: every event dated after it is left out.
 * It holds what the rules share: n, E, H, the phase on the date, the primary classification.
 */
public final class HistoryAsOf {

    /** A goal with its status on the as-of date. */
    public record GoalState(String id, LocalDate added, GoalStatus status) {}

    private final TreatmentHistory history;
    private final LocalDate asOf;
    private final List<PhaseChange> phases;
    private final List<Session> attendedSessions = new ArrayList<>();
    private final List<Session> countedSessions = new ArrayList<>();
    private final List<ExpectedSessions> expectedSessions;
    private final List<GoalState> goals = new ArrayList<>();
    private final List<Measurement> measurements;
    private final List<Evaluation> evaluations;
    private final List<Discussion> discussions;
    private final List<RiskCheck> riskChecks;
    private final List<RiskAssessment> riskAssessments;

    public HistoryAsOf(TreatmentHistory history, LocalDate asOf) {
        this.history = history;
        this.asOf = asOf;
        this.phases = upToAsOf(history.phases(), PhaseChange::date);
        this.expectedSessions = upToAsOf(history.expectedSessions(), ExpectedSessions::date);
        this.measurements = upToAsOf(history.primaryMeasurements(), Measurement::date);
        this.evaluations = upToAsOf(history.evaluations(), Evaluation::date);
        this.discussions = upToAsOf(history.discussions(), Discussion::date);
        this.riskChecks = upToAsOf(history.riskChecks(), RiskCheck::date);
        this.riskAssessments = upToAsOf(history.riskAssessments(), RiskAssessment::date);
        for (Session session : upToAsOf(history.sessions(), Session::date)) {
            if (session.attended()) {
                attendedSessions.add(session);
            }
            if (session.counts()) {
                countedSessions.add(session);
            }
        }
        for (TreatmentHistory.Goal goal : upToAsOf(history.goals(), TreatmentHistory.Goal::added)) {
            goals.add(new GoalState(goal.id(), goal.added(), goal.statusOn(asOf)));
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Days from {@code date} to the as-of date; negative when {@code date} is later. */
    public long daysSince(LocalDate date) {
        return DAYS.between(date, asOf);
    }

    public LocalDate startDate() {
        return history.startDate();
    }

    public boolean closingDiscussedAtStart() {
        return history.closingDiscussedAtStart();
    }

    /** The phase on the as-of date; empty when the history has no phase change on or before it. */
    public Optional<TreatmentPhase> phase() {
        return phases.isEmpty()
                ? Optional.empty()
                : Optional.of(phases.get(phases.size() - 1).phase());
    }

    /** The date the current phase was entered (the first of a run of changes to the same phase). */
    public LocalDate phaseEnteredOn() {
        int index = phases.size() - 1;
        while (index > 0 && phases.get(index - 1).phase() == phases.get(index).phase()) {
            index--;
        }
        return phases.get(index).date();
    }

    /** n: attended sessions of kind TREATMENT, EVALUATION or CLOSING. */
    public int n() {
        return countedSessions.size();
    }

    public List<Session> countedSessions() {
        return countedSessions;
    }

    /** Attended sessions of any kind. */
    public List<Session> attendedSessions() {
        return attendedSessions;
    }

    public boolean hasExpectedSessions() {
        return !expectedSessions.isEmpty();
    }

    /** E, the expected sessions in force; only when {@link #hasExpectedSessions()}. */
    public int expectedSessions() {
        return expectedInForce().sessions();
    }

    /** The date E in force was set. */
    public LocalDate expectedSetOn() {
        return expectedInForce().date();
    }

    /** H = ceil(E / 2). */
    public int halfway() {
        return (expectedSessions() + 1) / 2;
    }

    public List<GoalState> goals() {
        return goals;
    }

    public boolean hasPrimaryInstrument() {
        return history.primaryThresholds() != null;
    }

    public Optional<OutcomeThresholds> thresholds() {
        return Optional.ofNullable(history.primaryThresholds());
    }

    /** Primary measurements, oldest first: the first is the baseline. */
    public List<Measurement> measurements() {
        return measurements;
    }

    /** The primary classification from baseline and latest; needs an instrument and two measurements. */
    public Optional<Classification> classification() {
        if (history.primaryThresholds() == null || measurements.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(history.primaryThresholds()
                .classify(measurements.get(0).total(), last(measurements).total()));
    }

    /** Whether the primary classification is {@code classification}. */
    public boolean isClassified(Classification classification) {
        return classification().filter(classification::equals).isPresent();
    }

    public List<Evaluation> evaluations() {
        return evaluations;
    }

    public Optional<Evaluation> firstEvaluation() {
        return evaluations.stream().findFirst();
    }

    public Optional<Evaluation> latestEvaluation() {
        return evaluations.isEmpty() ? Optional.empty() : Optional.of(last(evaluations));
    }

    /**
     * Whether closing was decided at an evaluation: on the as-of date the phase is CLOSING and the latest
     * evaluation decided START_CLOSING or STOP. The rules that ask for a decision the closing already is
     * (EVALUATION_DUE, OVERRUN, LONG_RUNNING_MDO, LONG_RUNNING_COLLEAGUE) are silent then.
     */
    public boolean closingDecidedAtEvaluation() {
        return phase().filter(p -> p == TreatmentPhase.CLOSING).isPresent()
                && latestEvaluation()
                        .map(Evaluation::decision)
                        .filter(d ->
                                d == TreatmentHistory.Decision.START_CLOSING || d == TreatmentHistory.Decision.STOP)
                        .isPresent();
    }

    public List<Discussion> discussions() {
        return discussions;
    }

    /** Measurements with answers to risk items, oldest first (same date: in the order recorded). */
    public List<RiskCheck> riskChecks() {
        return riskChecks;
    }

    /** The latest recorded risk assessment; empty when none was recorded on or before the as-of date. */
    public Optional<RiskAssessment> latestRiskAssessment() {
        return riskAssessments.isEmpty() ? Optional.empty() : Optional.of(last(riskAssessments));
    }

    /** Whether a decision on or before the as-of date acknowledged this signal in this state. */
    public boolean isAcknowledged(Signal signal) {
        for (Acknowledgement acknowledgement : upToAsOf(history.acknowledgements(), Acknowledgement::date)) {
            if (acknowledgement.code() == signal.code()
                    && acknowledgement.fingerprint().equals(signal.fingerprint())) {
                return true;
            }
        }
        return false;
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private ExpectedSessions expectedInForce() {
        if (expectedSessions.isEmpty()) {
            throw new IllegalStateException("E is not set on " + asOf);
        }
        return last(expectedSessions);
    }

    private <T> List<T> upToAsOf(List<T> sortedByDate, Function<T, LocalDate> date) {
        int end = 0;
        while (end < sortedByDate.size() && !date.apply(sortedByDate.get(end)).isAfter(asOf)) {
            end++;
        }
        return sortedByDate.subList(0, end);
    }
}
