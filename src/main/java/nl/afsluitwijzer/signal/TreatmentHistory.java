package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import org.jspecify.annotations.Nullable;

/**
 * Everything the signal rules read about one treatment, as dated events. The rules look only at
 * events dated on or before the as-of date, so the same history serves any as-of date. Every list
 * is kept sorted by date; events on the same date keep their given order (the later one wins).
 *
 * @param treatmentId the treatment's id as text, so that this module does not depend on its type
 * @param primaryThresholds the primary instrument's thresholds, null when there is no primary instrument
 * @param primaryMeasurements the totals on the primary instrument
 */
public record TreatmentHistory(
        String treatmentId,
        List<PhaseChange> phases,
        LocalDate startDate,
        boolean closingDiscussedAtStart,
        List<ExpectedSessions> expectedSessions,
        @Nullable OutcomeThresholds primaryThresholds,
        List<Goal> goals,
        List<Session> sessions,
        List<Measurement> primaryMeasurements,
        List<Evaluation> evaluations,
        List<Discussion> discussions,
        List<Acknowledgement> acknowledgements,
        List<RiskCheck> riskChecks,
        List<RiskAssessment> riskAssessments) {

    /** A history without risk items answered and without risk assessments. */
    public TreatmentHistory(
            String treatmentId,
            List<PhaseChange> phases,
            LocalDate startDate,
            boolean closingDiscussedAtStart,
            List<ExpectedSessions> expectedSessions,
            @Nullable OutcomeThresholds primaryThresholds,
            List<Goal> goals,
            List<Session> sessions,
            List<Measurement> primaryMeasurements,
            List<Evaluation> evaluations,
            List<Discussion> discussions,
            List<Acknowledgement> acknowledgements) {
        this(
                treatmentId,
                phases,
                startDate,
                closingDiscussedAtStart,
                expectedSessions,
                primaryThresholds,
                goals,
                sessions,
                primaryMeasurements,
                evaluations,
                discussions,
                acknowledgements,
                List.of(),
                List.of());
    }

    public TreatmentHistory {
        Objects.requireNonNull(treatmentId, "treatmentId");
        Objects.requireNonNull(startDate, "startDate");
        phases = sortedByDate(phases, PhaseChange::date);
        expectedSessions = sortedByDate(expectedSessions, ExpectedSessions::date);
        goals = sortedByDate(goals, Goal::added);
        sessions = sortedByDate(sessions, Session::date);
        primaryMeasurements = sortedByDate(primaryMeasurements, Measurement::date);
        evaluations = sortedByDate(evaluations, Evaluation::date);
        discussions = sortedByDate(discussions, Discussion::date);
        acknowledgements = sortedByDate(acknowledgements, Acknowledgement::date);
        riskChecks = sortedByDate(riskChecks, RiskCheck::date);
        riskAssessments = sortedByDate(riskAssessments, RiskAssessment::date);
    }

    /** The treatment entered {@code phase} on {@code date}. */
    public record PhaseChange(LocalDate date, TreatmentPhase phase) {
        public PhaseChange {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(phase, "phase");
        }
    }

    /** From {@code date} on, E (the expected number of sessions) is {@code sessions}. */
    public record ExpectedSessions(LocalDate date, int sessions) {
        public ExpectedSessions {
            Objects.requireNonNull(date, "date");
            if (sessions < 1) {
                throw new IllegalArgumentException("expected sessions must be at least 1, was " + sessions);
            }
        }
    }

    public enum GoalStatus {
        ACTIVE,
        REACHED,
        PARTLY_REACHED,
        DROPPED
    }

    public record GoalStatusChange(LocalDate date, GoalStatus status) {
        public GoalStatusChange {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(status, "status");
        }
    }

    /** A treatment goal, ACTIVE from {@code added} until its first status change. */
    public record Goal(String id, LocalDate added, List<GoalStatusChange> statusChanges) {
        public Goal {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(added, "added");
            statusChanges = sortedByDate(statusChanges, GoalStatusChange::date);
        }

        /** The status on {@code date}: the latest change on or before it, else ACTIVE. */
        public GoalStatus statusOn(LocalDate date) {
            GoalStatus status = GoalStatus.ACTIVE;
            for (GoalStatusChange change : statusChanges) {
                if (change.date().isAfter(date)) {
                    break;
                }
                status = change.status();
            }
            return status;
        }
    }

    public enum SessionKind {
        INTAKE,
        TREATMENT,
        EVALUATION,
        CLOSING,
        OTHER;

        /** Whether a session of this kind counts in n (intake and screening do not). */
        public boolean counts() {
            return this == TREATMENT || this == EVALUATION || this == CLOSING;
        }
    }

    public record Session(LocalDate date, SessionKind kind, boolean attended) {
        public Session {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
        }

        /** Whether this session counts in n: attended and of a counted kind. */
        public boolean counts() {
            return attended && kind.counts();
        }
    }

    /**
     * A total score on the primary instrument, with what comparable clients scored at that session when the caller
     * could compute it (docs/expected-course.md): null for the baseline, a baseline taken after the first session,
     * a measurement before the first session, or without a primary instrument.
     */
    public record Measurement(
            LocalDate date, int total, @Nullable Expected expected) {
        public Measurement(LocalDate date, int total) {
            this(date, total, null);
        }

        public Measurement {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The expected score at treatment session {@code session} (counted sessions on or before the measurement's
     * date) for the treatment's baseline, and the band holding 8 in 10 comparable clients ({@code low}..{@code
     * high}, clamped to the instrument's range).
     *
     * @param learned whether it was learned from the practice's own closed treatments (else the default curve)
     */
    public record Expected(int session, double expected, double low, double high, boolean learned) {
        public Expected {
            if (session < 1 || low > expected || expected > high) {
                throw new IllegalArgumentException(
                        "not an expectation: session " + session + ", " + low + " <= " + expected + " <= " + high);
            }
        }
    }

    public enum EvaluationKind {
        MID,
        INTERIM,
        FINAL,
        MDO
    }

    /** The decision an evaluation ended with (docs/signals.md, evaluations and extensions). */
    public enum Decision {
        CONTINUE,
        START_CLOSING,
        BREAKTHROUGH_ATTEMPT,
        STOP,
        REFER,
        DISCUSS_IN_INTERVISION
    }

    /**
     * An evaluation; the two ratings are 0–10 and null when not rated. The decision is null when unknown, and
     * {@code reviewAfterSessions} (k) is set only with BREAKTHROUGH_ATTEMPT.
     */
    public record Evaluation(
            LocalDate date,
            EvaluationKind kind,
            @Nullable Integer allianceRating,
            @Nullable Integer motivationRating,
            boolean colleaguePresent,
            @Nullable Decision decision,
            @Nullable Integer reviewAfterSessions) {

        public Evaluation(
                LocalDate date,
                EvaluationKind kind,
                @Nullable Integer allianceRating,
                @Nullable Integer motivationRating,
                boolean colleaguePresent) {
            this(date, kind, allianceRating, motivationRating, colleaguePresent, null, null);
        }

        public Evaluation {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            requireRating(allianceRating);
            requireRating(motivationRating);
        }

        private static void requireRating(@Nullable Integer rating) {
            if (rating != null && (rating < 0 || rating > 10)) {
                throw new IllegalArgumentException("a rating is 0 to 10, was " + rating);
            }
        }
    }

    public enum DiscussionKind {
        INTERVISION,
        TEAM,
        MDO
    }

    /** The treatment was discussed in intervision, the team or the MDO. */
    public record Discussion(LocalDate date, DiscussionKind kind) {
        public Discussion {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** On {@code date} a decision acknowledged the signal {@code code} in the state {@code fingerprint}. */
    public record Acknowledgement(LocalDate date, SignalCode code, String fingerprint) {
        public Acknowledgement {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The answer to one risk item and the highest answer that is not a risk. */
    public record RiskAnswer(int item, int answer, int riskAbove) {

        /** Whether the answer lies above the threshold. */
        public boolean raised() {
            return answer > riskAbove;
        }
    }

    /**
     * A measurement with item answers on an instrument that has risk items (PHQ-9 item 9, or a practice's own), in
     * the order it was recorded: the answers to its risk items.
     */
    public record RiskCheck(LocalDate date, String instrument, List<RiskAnswer> answers) {
        public RiskCheck {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(instrument, "instrument");
            answers = List.copyOf(answers);
        }

        /** Whether any risk item was answered above its threshold. */
        public boolean raised() {
            return answers.stream().anyMatch(RiskAnswer::raised);
        }

        /** The first risk item answered above its threshold; only when {@link #raised()}. */
        public RiskAnswer firstRaised() {
            return answers.stream().filter(RiskAnswer::raised).findFirst().orElseThrow();
        }
    }

    /** On {@code date} the therapist recorded a risk assessment with this outcome code. */
    public record RiskAssessment(LocalDate date, String outcome) {
        public RiskAssessment {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private static <T> List<T> sortedByDate(List<T> events, Function<T, LocalDate> date) {
        List<T> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(date));
        return List.copyOf(sorted);
    }
}
