package nl.afsluitwijzer.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.evaluation.internal.EvaluationRepository;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording evaluations and acting on their decision in the same transaction: an extension raises E,
 * START_CLOSING and STOP move the treatment into the closing phase.
 */
@Service
@Transactional
public class Evaluations {

    static final String OBJECT = "EVALUATION";

    private final EvaluationRepository evaluations;
    private final EvaluationReader reader;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<NotOnTrackCheck> notOnTrack;

    /** The check comes from the signal module, which reads the evaluations: provided when first asked for. */
    Evaluations(
            EvaluationRepository evaluations,
            EvaluationReader reader,
            Treatments treatments,
            TreatmentChanges changes,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<NotOnTrackCheck> notOnTrack) {
        this.events = events;
        this.notOnTrack = notOnTrack;
        this.evaluations = evaluations;
        this.reader = reader;
        this.treatments = treatments;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    public Evaluation record(CurrentUser user, Long treatmentId, NewEvaluation input) {
        TreatmentFile file = treatments.open(user, treatmentId);
        Treatment treatment = file.treatment();
        treatment.requireOpen();
        if (treatment.getPhase() != Phase.TREATMENT && treatment.getPhase() != Phase.CLOSING) {
            throw DomainException.conflict("evaluation.phase");
        }
        requireDate(input.date(), treatment);
        requireOwnGoals(input, file);
        if (!input.supportAnswers().isEmpty() && notOnTrack(file, input.date()).isEmpty()) {
            throw DomainException.conflict("evaluation.support.not-off-track").detail("field", "supportQuestions");
        }
        Evaluation evaluation = evaluations.save(new Evaluation(
                treatmentId, input, treatment.expectedSessions().orElse(null), user.id(), clock.instant()));
        if (evaluation.getNewExpectedSessions() != null) {
            changes.changeExpectedSessionsAtEvaluation(
                    user, treatmentId, evaluation.getNewExpectedSessions(), input.date());
        }
        if (input.decision().startsClosing() && treatment.getPhase() == Phase.TREATMENT) {
            changes.changePhase(user, treatmentId, null, Phase.CLOSING, input.date(), null);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, OBJECT, evaluation.getId())
                .forClient(file.client().getReference(), treatmentId));
        events.publishEvent(new EvaluationRecorded(treatmentId, input.date(), input.decision(), user));
        return evaluation;
    }

    /**
     * Whether NOT_ON_TRACK fires on the treatment on the date (acknowledged by hand or not), so that an evaluation of that date acknowledges it
     * and asks the support questions; checked before the evaluation is stored (its own decision, such as closing,
     * could end the signal).
     */
    @Transactional(readOnly = true)
    public Optional<NotOnTrackCheck.OffTrack> notOnTrack(TreatmentFile file, LocalDate date) {
        return notOnTrack.getObject().firesOn(file, date);
    }

    /** The evaluations of a treatment the current user may see, oldest first; logged as a view when any. */
    @Transactional
    public List<Evaluation> of(CurrentUser user, Long treatmentId) {
        Treatment treatment = treatments.require(user, treatmentId);
        List<Evaluation> found = of(TreatmentScope.one(treatmentId), treatmentId);
        if (!found.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, treatmentId)
                    .forClient(treatments.clientOf(treatment).getReference(), treatmentId));
        }
        return found;
    }

    /**
     * The evaluations of a file the caller has already opened, oldest first, in full (goal scores, notes);
     * logged as a view of the evaluations when there are any.
     */
    @Transactional
    public List<Evaluation> shownIn(TreatmentFile file) {
        List<Evaluation> found = of(TreatmentScope.one(file.id()), file.id());
        if (!found.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, file.id())
                    .forClient(file.client().getReference(), file.id()));
        }
        return found;
    }

    /**
     * Evaluations of the treatments in a scope the caller has already been allowed to see, oldest first, by
     * treatment id: three queries for all, whatever their number.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Evaluation>> forTreatments(TreatmentScope scope) {
        return reader.of(scope);
    }

    private List<Evaluation> of(TreatmentScope scope, Long treatmentId) {
        return reader.of(scope).getOrDefault(treatmentId, List.of());
    }

    private void requireDate(LocalDate date, Treatment treatment) {
        if (treatment.getStartDate() != null && date.isBefore(treatment.getStartDate())) {
            throw DomainException.refused("treatment.date.before-start", treatment.getStartDate());
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.refused("treatment.date.future", LocalDate.now(clock));
        }
    }

    private static void requireOwnGoals(NewEvaluation input, TreatmentFile file) {
        Set<Long> own = file.goals().stream().map(Goal::getId).collect(Collectors.toSet());
        for (GoalScore score : input.goalScores()) {
            if (!own.contains(score.goalId())) {
                throw DomainException.refused("treatment.goal.not-found");
            }
        }
    }
}
