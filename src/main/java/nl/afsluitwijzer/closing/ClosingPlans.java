package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.FirstSave;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting the closing phase and keeping its plan: access checked through {@link Treatments}, refused once the
 * treatment has ended, stale versions refused instead of overwritten, every read and write audit-logged.
 */
@Service
@Transactional
public class ClosingPlans {

    static final String OBJECT = "CLOSING_PLAN";

    private final ClosingPlanRepository plans;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final AuditLog audit;
    private final Clock clock;

    ClosingPlans(
            ClosingPlanRepository plans, Treatments treatments, TreatmentChanges changes, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.treatments = treatments;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starting the closing phase: moves the treatment into the closing phase and opens its plan with a proposed schedule. */
    public ClosingPlan start(CurrentUser user, Long treatmentId, @Nullable Integer treatmentVersion, LocalDate date) {
        changes.changePhase(user, treatmentId, treatmentVersion, Phase.CLOSING, date, null);
        TreatmentFile file = treatments.open(user, treatmentId);
        Optional<ClosingPlan> existing = plans.findByTreatmentId(treatmentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ClosingPlan plan = FirstSave.orConflict(
                () -> plans.save(new ClosingPlan(treatmentId, date, proposal(file, date), clock.instant())),
                "closing plan");
        log(AuditAction.CREATE, plan, file.treatment());
        return plan;
    }

    /** The plan of a treatment the caller has already been allowed to see (its file); logged as a view. */
    public Optional<ClosingPlan> of(TreatmentFile file) {
        Optional<ClosingPlan> plan = plans.findByTreatmentId(file.id());
        plan.ifPresent(p -> log(AuditAction.VIEW, p, file.treatment()));
        return plan;
    }

    /**
     * The plans of every treatment of a practice, by treatment id. WITHOUT access checks or audit: only for callers
     * that have already checked that the user may see the whole practice and log their own read.
     */
    public java.util.Map<Long, ClosingPlan> ofPractice(Long practiceId) {
        return plans.findByPracticeId(practiceId).stream()
                .collect(java.util.stream.Collectors.toMap(ClosingPlan::getTreatmentId, p -> p));
    }

    /** Fading out from the last attended session, but never from before the closing phase began. */
    public List<LocalDate> proposal(TreatmentFile file, LocalDate closingStart) {
        LocalDate last = file.lastAttendedSession().orElse(closingStart);
        return FadingOut.propose(last.isAfter(closingStart) ? last : closingStart);
    }

    /**
     * Saves the plan (creating it when the phase was entered another way, such as an evaluation's decision).
     * planVersion is the version the form was based on: {@link FirstSave#NONE} for "no plan yet", which is refused
     * once someone else has saved one; null skips the check (internal callers only).
     */
    public ClosingPlan save(CurrentUser user, Long treatmentId, @Nullable Integer planVersion, PlanDetails details) {
        Treatment treatment = treatments.require(user, treatmentId);
        treatment.requireOpen();
        if (treatment.getPhase() != Phase.CLOSING) {
            throw DomainException.conflict("closing.plan.phase");
        }
        ClosingPlan plan = plans.findByTreatmentId(treatmentId).orElse(null);
        boolean created = plan == null;
        if (plan == null) {
            plan = new ClosingPlan(treatmentId, LocalDate.now(clock), details.fadingOut(), clock.instant());
        } else if (planVersion != null && !planVersion.equals(plan.getVersion())) {
            throw new OptimisticLockingFailureException("closing plan of " + treatmentId + " changed");
        }
        plan.update(details, clock.instant());
        ClosingPlan toSave = plan;
        ClosingPlan saved = FirstSave.orConflict(() -> plans.save(toSave), "closing plan of " + treatmentId);
        log(created ? AuditAction.CREATE : AuditAction.UPDATE, saved, treatment);
        return saved;
    }

    private void log(AuditAction action, ClosingPlan plan, Treatment treatment) {
        audit.record(AuditEvent.of(action, OBJECT, plan.getId())
                .forClient(treatments.clientOf(treatment).getReference(), treatment.getId()));
    }
}
