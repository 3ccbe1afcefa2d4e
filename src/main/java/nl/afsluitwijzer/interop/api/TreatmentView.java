package nl.afsluitwijzer.interop.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.GoalScore;
import nl.afsluitwijzer.evaluation.SupportAnswer;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.treatment.NextAppointmentAnswer;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.api.DiscussionView;
import nl.afsluitwijzer.treatment.api.GoalView;
import nl.afsluitwijzer.treatment.api.NextAppointmentView;
import nl.afsluitwijzer.treatment.api.SessionView;
import org.jspecify.annotations.Nullable;

/**
 * A treatment as the API returns it: phase, dates, agreements, n, goals, sessions, discussions and the
 * phase history; {@code version} is what a client sends back as If-Match.
 */
record TreatmentView(
        Long id,
        String clientReference,
        Long therapistId,
        Phase phase,
        Set<Phase> allowedPhases,
        String helpQuestion,
        @Nullable String scopeNote,
        LocalDate registrationDate,
        @Nullable LocalDate intakeDate,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        AgreementsView agreements,
        int attendedSessions,
        List<GoalView> goals,
        List<SessionView> sessions,
        List<DiscussionView> discussions,
        List<MeasurementView> measurements,
        List<EvaluationView> evaluations,
        List<PhaseChangeView> phaseHistory,
        Integer version,
        List<NextAppointmentView> nextAppointmentAnswers) {

    /**
     * The treatment with n counted up to the given day, with its measurements, evaluations and the answers to "Wil je
     * nog een volgende afspraak?" (also on the session they were given at).
     */
    static TreatmentView of(
            TreatmentFile file,
            LocalDate today,
            List<MeasurementRecord> measured,
            List<Evaluation> evaluated,
            List<NextAppointmentAnswer> nextAppointments) {
        Map<Long, NextAppointmentAnswer> bySession = nextAppointments.stream()
                .filter(a -> a.sessionId() != null)
                .collect(Collectors.toMap(NextAppointmentAnswer::sessionId, a -> a, (a, b) -> b));
        Treatment t = file.treatment();
        return new TreatmentView(
                Objects.requireNonNull(t.getId(), "stored"),
                file.client().getReference(),
                t.getTherapistId(),
                t.getPhase(),
                t.getPhase().next(),
                t.getHelpQuestion(),
                t.getScopeNote(),
                t.getRegistrationDate(),
                t.getIntakeDate(),
                t.getStartDate(),
                t.getEndDate(),
                AgreementsView.of(t),
                file.attendedSessions(today),
                file.goals().stream().map(GoalView::of).toList(),
                file.sessions().stream()
                        .map(x -> SessionView.of(x, bySession.get(x.getId())))
                        .toList(),
                file.discussions().stream().map(DiscussionView::of).toList(),
                measured.stream().map(MeasurementView::of).toList(),
                evaluated.stream().map(EvaluationView::of).toList(),
                t.phaseHistory().stream().map(PhaseChangeView::of).toList(),
                Objects.requireNonNull(t.getVersion(), "stored"),
                nextAppointments.stream().map(NextAppointmentView::of).toList());
    }

    record AgreementsView(
            @Nullable Integer clientEstimateSessions,
            @Nullable Integer therapistEstimateSessions,
            @Nullable Integer expectedSessions,
            @Nullable Integer firstAgreedExpectedSessions,
            @Nullable Integer halfwaySession,
            boolean closingDiscussedAtStart,
            boolean complex,
            @Nullable String primaryInstrument,
            @Nullable LocalDate setOn) {

        static AgreementsView of(Treatment t) {
            return new AgreementsView(
                    t.getClientEstimateSessions(),
                    t.getTherapistEstimateSessions(),
                    t.expectedSessions().orElse(null),
                    t.firstAgreedExpectedSessions().orElse(null),
                    t.halfwaySession().orElse(null),
                    t.isClosingDiscussedAtStart(),
                    t.isComplex(),
                    t.getPrimaryInstrument(),
                    t.getAgreementsSetOn());
        }
    }

    record MeasurementView(
            Long id,
            String instrument,
            LocalDate date,
            int total,
            @Nullable String band,
            @Nullable Long goalId,
            MeasurementSource source) {

        static MeasurementView of(MeasurementRecord m) {
            return new MeasurementView(
                    Objects.requireNonNull(m.id(), "stored"),
                    m.instrument(),
                    m.date(),
                    m.total(),
                    m.band(),
                    m.goalId(),
                    m.source());
        }
    }

    /** An evaluation in full; the fields from previousExpectedSessions on were added later (additive). */
    record EvaluationView(
            Long id,
            LocalDate date,
            EvaluationKind kind,
            Decision decision,
            @Nullable Integer allianceRating,
            @Nullable Integer motivationRating,
            boolean colleaguePresent,
            @Nullable Integer newExpectedSessions,
            Set<ExtensionReason> reasons,
            @Nullable Integer previousExpectedSessions,
            List<GoalScoreView> goalProgress,
            @Nullable String clientView,
            @Nullable String note,
            @Nullable String otherReason,
            @Nullable String plan,
            @Nullable Integer reviewAfterSessions,
            List<SupportAnswer> supportQuestions) {

        static EvaluationView of(Evaluation e) {
            return new EvaluationView(
                    Objects.requireNonNull(e.getId(), "stored"),
                    e.getEvaluatedOn(),
                    e.getKind(),
                    e.getDecision(),
                    e.getAllianceRating(),
                    e.getMotivationRating(),
                    e.isColleaguePresent(),
                    e.getNewExpectedSessions(),
                    e.extensionReasons(),
                    e.getPreviousExpectedSessions(),
                    e.getGoalScores().stream()
                            .sorted(java.util.Comparator.comparing(GoalScore::goalId))
                            .map(g -> new GoalScoreView(g.goalId(), g.score()))
                            .toList(),
                    e.getClientView(),
                    e.getNote(),
                    e.getOtherReason(),
                    e.getPlan(),
                    e.getReviewAfterSessions(),
                    e.supportAnswers());
        }
    }

    record GoalScoreView(Long goalId, int score) {}

    record PhaseChangeView(
            Phase phase, LocalDate date, @Nullable String reason) {

        static PhaseChangeView of(PhaseChange change) {
            return new PhaseChangeView(change.phase(), change.changedOn(), change.reason());
        }
    }
}
