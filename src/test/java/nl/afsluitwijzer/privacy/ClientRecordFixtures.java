package nl.afsluitwijzer.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.afsluitwijzer.closing.ClientAnswers;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.closing.NextAppointment;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.SupportAnswer;
import nl.afsluitwijzer.evaluation.SupportQuestion;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.internal.TreatmentCases;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.RiskAssessments;
import nl.afsluitwijzer.signal.RiskOutcome;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.NextAppointmentWish;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Component;

/** A client of "behandelaar" with data in every module: the whole record an inzage or a destruction must cover. */
@Component
public class ClientRecordFixtures {

    public static final LocalDate FIRST = LocalDate.of(2026, 1, 12);

    private final TestTreatments fixtures;
    private final TreatmentChanges changes;
    private final Treatments treatments;
    private final Measurements measurements;
    private final Evaluations evaluations;
    private final TreatmentCases treatmentCases;
    private final CaseDiscussions caseDiscussions;
    private final ClosingPlans plans;
    private final Letters letters;
    private final ClientLinks links;
    private final ClosingAnswers closingAnswers;
    private final Signals signals;
    private final SignalAcknowledging acknowledging;
    private final Clock clock;
    private final RiskAssessments risks;

    ClientRecordFixtures(
            TestTreatments fixtures,
            TreatmentChanges changes,
            Treatments treatments,
            Measurements measurements,
            Evaluations evaluations,
            TreatmentCases treatmentCases,
            CaseDiscussions caseDiscussions,
            ClosingPlans plans,
            Letters letters,
            ClientLinks links,
            ClosingAnswers closingAnswers,
            Signals signals,
            SignalAcknowledging acknowledging,
            Clock clock,
            RiskAssessments risks) {
        this.risks = risks;
        this.signals = signals;
        this.acknowledging = acknowledging;
        this.clock = clock;
        this.fixtures = fixtures;
        this.changes = changes;
        this.treatments = treatments;
        this.measurements = measurements;
        this.evaluations = evaluations;
        this.treatmentCases = treatmentCases;
        this.caseDiscussions = caseDiscussions;
        this.plans = plans;
        this.letters = letters;
        this.links = links;
        this.closingAnswers = closingAnswers;
    }

    /** Everything recorded: sessions, a linked case discussion, measurements, an extension, a closing plan, ... */
    public Treatment complete() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long id = treatment.getId();
        fixtures.as("behandelaar", () -> {
            for (int i = 0; i < 10; i++) {
                changes.addSession(
                        CurrentUser.require(),
                        id,
                        null,
                        FIRST.plusWeeks(i),
                        SessionKind.TREATMENT,
                        true,
                        i == 9 ? NextAppointmentWish.UNSURE : null,
                        i == 9 ? "Misschien nog één keer" : null);
            }
            measurements.record(
                    CurrentUser.require(),
                    id,
                    NewMeasurement.ofAnswers("PHQ9", FIRST, List.of(3, 2, 2, 2, 2, 2, 2, 2, 1)));
            risks.record(
                    CurrentUser.require(),
                    id,
                    FIRST,
                    RiskOutcome.NO_ACUTE_RISK,
                    "Passieve doodsgedachten besproken, geen plannen");
            // not on track at the fifth session, so the evaluation after it records the support questions
            measurements.record(CurrentUser.require(), id, NewMeasurement.ofTotal("PHQ9", FIRST.plusWeeks(4), 27));
            measurements.record(CurrentUser.require(), id, NewMeasurement.ofTotal("PHQ9", FIRST.plusWeeks(9), 6));
            evaluations.record(
                    CurrentUser.require(),
                    id,
                    new NewEvaluation(
                            FIRST.plusWeeks(5),
                            EvaluationKind.MID,
                            8,
                            7,
                            false,
                            List.of(),
                            "wil verder",
                            "notitie bij evaluatie",
                            Decision.CONTINUE,
                            14,
                            Set.of(ExtensionReason.FEAR_OF_RELAPSE, ExtensionReason.NEW_GOALS),
                            null,
                            null,
                            null,
                            List.of(new SupportAnswer(SupportQuestion.LIFE_EVENTS, true, "baan verloren"))));
            CasePreparation draft = treatmentCases.prefill(CurrentUser.require(), id, Locale.forLanguageTag("nl"));
            CurrentUser user = CurrentUser.require();
            CaseDiscussion discussion = caseDiscussions.prepare(
                    user,
                    new CasePreparation(
                            draft.title(),
                            draft.helpQuestion(),
                            draft.treatmentStartedOn(),
                            draft.duration(),
                            draft.triedTowardsClosing(),
                            "Anonieme casus"),
                    id);
            caseDiscussions.moveTo(user, discussion.getId(), CaseDiscussionStep.values()[0]);
            caseDiscussions.finish(user, discussion.getId());
            changes.addDiscussion(CurrentUser.require(), id, FIRST.plusWeeks(9), DiscussionKind.TEAM, "teamoverleg");
            for (Goal goal : treatments.open(CurrentUser.require(), id).goals()) {
                changes.changeGoalStatus(
                        CurrentUser.require(), id, goal.getId(), GoalStatus.REACHED, FIRST.plusWeeks(9));
            }
            LocalDate today = LocalDate.now(clock);
            Signal open = signals.forTreatment(CurrentUser.require(), id, today).signals().stream()
                    .filter(sig -> !sig.acknowledged())
                    .findFirst()
                    .orElseThrow();
            acknowledging.acknowledge(
                    CurrentUser.require(), id, open.code(), "Bewust besloten, besproken met de cliënt");
            plans.start(CurrentUser.require(), id, null, FIRST.plusWeeks(9));
            plans.save(CurrentUser.require(), id, null, ClosingFixtures.completePlan());
            letters.generate(CurrentUser.require(), id, LetterKind.CLIENT);
            links.create(CurrentUser.require(), id, List.of("PHQ9"));
            closingAnswers.acceptFromClient(
                    id,
                    fixtures.referenceOf(treatment),
                    new ClientAnswers(
                            "Ik heb geleerd te stoppen met piekeren",
                            "Beste ik",
                            NextAppointment.NOT_NOW,
                            Instant.now()));
        });
        return treatment;
    }
}
