package nl.afsluitwijzer.closing;

import java.time.Clock;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.internal.Checklist;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.FirstSave;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a treatment: the checklist for the chosen reason, the missing items recorded with their reason, and the
 * phase change to CLOSED, TRANSFERRED or DROPPED_OUT, all in one transaction.
 */
@Service
@Transactional
public class TreatmentClosing {

    private final ClosingPlanRepository plans;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final LetterArchive letters;
    private final Outcomes outcomes;
    private final AuditLog audit;
    private final Clock clock;

    TreatmentClosing(
            ClosingPlanRepository plans,
            Treatments treatments,
            TreatmentChanges changes,
            LetterArchive letters,
            Outcomes outcomes,
            AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.treatments = treatments;
        this.changes = changes;
        this.letters = letters;
        this.outcomes = outcomes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checklist of a treatment the caller has already been allowed to see, for a reason and hand-over. */
    @Transactional(readOnly = true)
    public Checklist checklist(TreatmentFile file, ClosingReason reason, Handover handover) {
        ClosingPlan plan = planOf(file);
        return Checklist.of(reason, plan, handover, letters.kindsOf(file.id()), outcomes.endMeasured(file, plan));
    }

    /** Whether the treatment had an end measurement (a primary measurement in the closing phase, or ticked off). */
    @Transactional(readOnly = true)
    public boolean endMeasured(TreatmentFile file) {
        return outcomes.endMeasured(file, planOf(file));
    }

    /**
     * Closes the treatment. Refused when items are missing without a reason for them, for OTHER without a text, for
     * a phase change the treatment does not allow, and for a stale treatment or plan version.
     */
    public ClosingPlan close(
            CurrentUser user,
            Long treatmentId,
            @Nullable Integer treatmentVersion,
            @Nullable Integer planVersion,
            Closure closure) {
        TreatmentFile file = treatments.open(user, treatmentId);
        file.treatment().requireOpen();
        ClosingPlan plan = planOf(file);
        if (plan.getId() != null && planVersion != null && !planVersion.equals(plan.getVersion())) {
            throw new OptimisticLockingFailureException("closing plan of " + treatmentId + " changed");
        }
        if (closure.reason() == ClosingReason.TRANSFERRED) {
            plan.recordHandover(closure.handover());
        }
        Checklist checklist = Checklist.of(
                closure.reason(),
                plan,
                plan.handover(),
                letters.kindsOf(treatmentId),
                outcomes.endMeasured(file, plan));
        plan.close(closure, checklist.missing(), clock.instant());
        changes.changePhase(
                user,
                treatmentId,
                treatmentVersion,
                closure.reason().targetPhase(),
                closure.date(),
                closure.reasonText());
        ClosingPlan saved = FirstSave.orConflict(() -> plans.save(plan), "closing plan of " + treatmentId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ClosingPlans.OBJECT, saved.getId())
                .forClient(file.client().getReference(), treatmentId));
        return saved;
    }

    /**
     * Records the hand-over of a transfer before closing, so the GP letter and the hand-over letter made before the
     * closing can say to whom, why, what was tried, the risks and what was agreed. Refused for a stale plan version
     * and once the treatment has ended.
     */
    public ClosingPlan recordHandover(
            CurrentUser user, Long treatmentId, @Nullable Integer planVersion, Handover handover) {
        TreatmentFile file = treatments.open(user, treatmentId);
        file.treatment().requireOpen();
        ClosingPlan plan = planOf(file);
        if (plan.getId() != null && planVersion != null && !planVersion.equals(plan.getVersion())) {
            throw new OptimisticLockingFailureException("closing plan of " + treatmentId + " changed");
        }
        if (plan.getId() == null && planVersion != null && planVersion != FirstSave.NONE) {
            throw new OptimisticLockingFailureException("closing plan of " + treatmentId + " was removed");
        }
        boolean created = plan.getId() == null;
        plan.recordHandover(handover);
        ClosingPlan saved = FirstSave.orConflict(() -> plans.save(plan), "closing plan of " + treatmentId);
        audit.record(
                AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, ClosingPlans.OBJECT, saved.getId())
                        .forClient(file.client().getReference(), treatmentId));
        return saved;
    }

    /** When the closing phase began (today if it has not). */
    public java.time.LocalDate closingStart(TreatmentFile file) {
        return Outcomes.closingPhaseStart(file).orElse(java.time.LocalDate.now(clock));
    }

    private ClosingPlan planOf(TreatmentFile file) {
        return plans.findByTreatmentId(file.id())
                .orElseGet(() -> new ClosingPlan(
                        file.id(),
                        Outcomes.closingPhaseStart(file).orElse(java.time.LocalDate.now(clock)),
                        java.util.List.of(),
                        clock.instant()));
    }
}
