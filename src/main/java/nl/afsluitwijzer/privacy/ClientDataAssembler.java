package nl.afsluitwijzer.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserNames;
import nl.afsluitwijzer.privacy.internal.ClientData;
import nl.afsluitwijzer.privacy.internal.ClientData.TreatmentData;
import nl.afsluitwijzer.signal.Acknowledgements;
import nl.afsluitwijzer.signal.RiskAssessments;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.NextAppointmentAnswers;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads one treatment's data from every module (through their public API) into {@link ClientData}. */
@Component
class ClientDataAssembler {

    private final Measurements measurements;
    private final Evaluations evaluations;
    private final ClosingPlans closingPlans;
    private final ClosingAnswers closingAnswers;
    private final Letters letters;
    private final ClientLinks links;
    private final Acknowledgements acknowledgements;
    private final RiskAssessments riskAssessments;
    private final UserNames users;
    private final NextAppointmentAnswers nextAppointments;

    ClientDataAssembler(
            Measurements measurements,
            Evaluations evaluations,
            ClosingPlans closingPlans,
            ClosingAnswers closingAnswers,
            Letters letters,
            ClientLinks links,
            Acknowledgements acknowledgements,
            RiskAssessments riskAssessments,
            UserNames users,
            NextAppointmentAnswers nextAppointments) {
        this.nextAppointments = nextAppointments;
        this.measurements = measurements;
        this.evaluations = evaluations;
        this.closingPlans = closingPlans;
        this.closingAnswers = closingAnswers;
        this.letters = letters;
        this.links = links;
        this.acknowledgements = acknowledgements;
        this.riskAssessments = riskAssessments;
        this.users = users;
    }

    TreatmentData treatment(CurrentUser user, TreatmentFile file) {
        Treatment t = file.treatment();
        Long id = file.id();
        Map<Long, List<MeasurementRecord>> measured = measurements.forTreatments(List.of(id));
        Map<Long, List<Evaluation>> evaluated = evaluations.forTreatments(TreatmentScope.one(id));
        return new TreatmentData(
                id,
                t.getPhase().name(),
                t.getRegistrationDate(),
                t.getIntakeDate(),
                t.getStartDate(),
                t.getEndDate(),
                users.of(t.getTherapistId()).orElse(""),
                t.getHelpQuestion(),
                t.getScopeNote(),
                t.isComplex(),
                t.getPrimaryInstrument(),
                new ClientData.Agreements(
                        t.isClosingDiscussedAtStart(),
                        t.getClientEstimateSessions(),
                        t.getTherapistEstimateSessions(),
                        t.getAgreementsSetOn()),
                t.expectedSessionsHistory().stream()
                        .map(e -> new ClientData.Expected(e.effectiveDate(), e.sessions()))
                        .toList(),
                t.phaseHistory().stream()
                        .map(p -> new ClientData.PhaseStep(
                                p.changedOn(), p.phase().name(), p.reason()))
                        .toList(),
                file.goals().stream().map(ClientDataAssembler::goal).toList(),
                file.sessions().stream()
                        .map(s -> new ClientData.SessionData(
                                s.getSessionDate(), s.getKind().name(), s.isAttended()))
                        .toList(),
                file.discussions().stream()
                        .map(d -> new ClientData.DiscussionData(
                                d.getDiscussedOn(), d.getKind().name(), d.getNote()))
                        .toList(),
                measured.getOrDefault(id, List.of()).stream()
                        .map(ClientDataAssembler::measurement)
                        .toList(),
                evaluated.getOrDefault(id, List.of()).stream()
                        .map(ClientDataAssembler::evaluation)
                        .toList(),
                closingPlans.of(file).map(plan -> closing(plan, file)).orElse(null),
                letters.of(file).stream()
                        .map(l -> new ClientData.LetterData(
                                l.kind().name(), l.generatedOn(), l.generatedAt(), l.fileName()))
                        .toList(),
                links.forTreatment(user, id).stream()
                        .map(l -> new ClientData.LinkData(
                                l.purpose().name(),
                                l.instrumentCodes(),
                                l.createdAt(),
                                l.expiresAt(),
                                l.revokedAt(),
                                l.usedAt()))
                        .toList(),
                acknowledgements.recordedFor(id).stream()
                        .map(a -> new ClientData.AcknowledgementData(a.code(), a.acknowledgedOn(), a.via(), a.reason()))
                        .toList(),
                riskAssessments.recordedFor(id).stream()
                        .map(r -> new ClientData.RiskAssessmentData(
                                r.assessedOn(), r.outcome().name(), r.note()))
                        .toList(),
                nextAppointments.recordedFor(id).stream()
                        .map(a -> new ClientData.NextAppointmentData(
                                a.answeredOn(),
                                a.answer().name(),
                                a.clientWords(),
                                a.answeredBy().name()))
                        .toList());
    }

    private static ClientData.GoalData goal(Goal goal) {
        return new ClientData.GoalData(
                Objects.requireNonNull(goal.getId(), "stored"),
                goal.getDescription(),
                goal.getCriterion(),
                goal.getAddedOn(),
                goal.getStatus().name(),
                goal.statusHistory().stream()
                        .map(c -> new ClientData.GoalStatusData(
                                c.changedOn(), c.status().name()))
                        .toList());
    }

    private static ClientData.MeasurementData measurement(MeasurementRecord m) {
        return new ClientData.MeasurementData(
                m.instrument(),
                m.date(),
                m.total(),
                m.band(),
                m.answers(),
                m.goalId(),
                m.source().name());
    }

    private static ClientData.EvaluationData evaluation(Evaluation e) {
        return new ClientData.EvaluationData(
                e.getEvaluatedOn(),
                e.getKind().name(),
                e.getAllianceRating(),
                e.getMotivationRating(),
                e.isColleaguePresent(),
                e.getClientView(),
                e.getNote(),
                e.getDecision().name(),
                e.getPreviousExpectedSessions(),
                e.getNewExpectedSessions(),
                e.extensionReasons().stream().map(Enum::name).sorted().toList(),
                e.getOtherReason(),
                e.getPlan(),
                e.getReviewAfterSessions(),
                e.getGoalScores().stream()
                        .sorted(Comparator.comparing(s -> s.goalId()))
                        .map(s -> new ClientData.GoalScoreData(s.goalId(), s.score()))
                        .toList(),
                e.supportAnswers().stream()
                        .map(a -> new ClientData.SupportAnswerData(a.question().name(), a.concern(), a.note()))
                        .toList());
    }

    private ClientData.ClosingData closing(ClosingPlan plan, TreatmentFile file) {
        return new ClientData.ClosingData(
                plan.getStartedOn(),
                plan.fadingOutDates(),
                plan.getLearned(),
                plan.getKeepResult(),
                plan.getContacts(),
                plan.getRelatives(),
                plan.getEhealth(),
                plan.support().stream().map(Enum::name).sorted().toList(),
                plan.isReturnGuaranteeDiscussed(),
                name(plan.getRitual()),
                plan.getRitualNote(),
                plan.isEndMeasurementDone(),
                plan.handover().to(),
                plan.handover().organisation(),
                plan.handover().reason(),
                plan.handover().tried(),
                plan.handover().risks(),
                plan.handover().agreed(),
                plan.getClosedOn(),
                name(plan.getClosingReason()),
                plan.getClosingReasonText(),
                plan.missingItems().stream().map(Enum::name).toList(),
                plan.getMissingReason(),
                closingAnswers
                        .latest(file)
                        .map(a -> new ClientData.ClientAnswersData(
                                a.learned(), a.letterToSelf(), name(a.nextAppointment()), a.answeredAt()))
                        .orElse(null));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
