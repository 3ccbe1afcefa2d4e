package nl.afsluitwijzer.signal;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.treatment.Discussion;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;

/** Translates a treatment's records from the other modules into the engine's input, the only place that knows both. */
final class HistoryAssembler {

    private HistoryAssembler() {}

    /**
     * The history of a treatment; before its start the registration date stands in for the start date (only rules
     * of the phases REFERRED and INTAKE read such a history, and they read no start date).
     */
    static @Nullable TreatmentHistory assemble(
            TreatmentFile file,
            List<Evaluation> evaluations,
            List<TreatmentHistory.Measurement> primaryMeasurements,
            @Nullable OutcomeThresholds thresholds,
            List<TreatmentHistory.Acknowledgement> acknowledgements,
            List<TreatmentHistory.RiskCheck> riskChecks,
            List<TreatmentHistory.RiskAssessment> riskAssessments) {
        Treatment treatment = file.treatment();
        // before the start (waiting list, intake) only SUICIDE_ITEM applies; it reads no start date
        LocalDate start = treatment.getStartDate() != null ? treatment.getStartDate() : treatment.getRegistrationDate();
        if (start == null) {
            return null;
        }
        return new TreatmentHistory(
                String.valueOf(treatment.getId()),
                treatment.phaseHistory().stream()
                        .map(p -> new TreatmentHistory.PhaseChange(
                                p.changedOn(), TreatmentPhase.valueOf(p.phase().name())))
                        .toList(),
                start,
                treatment.isClosingDiscussedAtStart(),
                treatment.expectedSessionsHistory().stream()
                        .map(e -> new TreatmentHistory.ExpectedSessions(e.effectiveDate(), e.sessions()))
                        .toList(),
                thresholds,
                file.goals().stream().map(HistoryAssembler::goal).toList(),
                file.sessions().stream().map(HistoryAssembler::session).toList(),
                primaryMeasurements,
                evaluations.stream().map(HistoryAssembler::evaluation).toList(),
                file.discussions().stream().map(HistoryAssembler::discussion).toList(),
                acknowledgements,
                riskChecks,
                riskAssessments);
    }

    private static TreatmentHistory.Goal goal(Goal goal) {
        return new TreatmentHistory.Goal(
                String.valueOf(goal.getId()),
                goal.getAddedOn(),
                goal.statusHistory().stream()
                        .map(c -> new TreatmentHistory.GoalStatusChange(
                                c.changedOn(),
                                TreatmentHistory.GoalStatus.valueOf(c.status().name())))
                        .toList());
    }

    private static TreatmentHistory.Session session(TreatmentSession session) {
        return new TreatmentHistory.Session(
                session.getSessionDate(),
                TreatmentHistory.SessionKind.valueOf(session.getKind().name()),
                session.isAttended());
    }

    private static TreatmentHistory.Evaluation evaluation(Evaluation evaluation) {
        return new TreatmentHistory.Evaluation(
                evaluation.getEvaluatedOn(),
                TreatmentHistory.EvaluationKind.valueOf(evaluation.getKind().name()),
                evaluation.getAllianceRating(),
                evaluation.getMotivationRating(),
                evaluation.isColleaguePresent(),
                TreatmentHistory.Decision.valueOf(evaluation.getDecision().name()),
                evaluation.getReviewAfterSessions());
    }

    private static TreatmentHistory.Discussion discussion(Discussion discussion) {
        return new TreatmentHistory.Discussion(
                discussion.getDiscussedOn(),
                TreatmentHistory.DiscussionKind.valueOf(discussion.getKind().name()));
    }
}
