package nl.afsluitwijzer.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a referral on the waiting list: its details (referrer, eHealth offered while waiting, referral
 * question) and its screening. Access checked, a stale version refused as a conflict, every change logged.
 */
@Service
@Transactional
public class ReferralChanges {

    private final Treatments treatments;
    private final TreatmentRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ReferralChanges(Treatments treatments, TreatmentRepository repository, AuditLog audit, Clock clock) {
        this.treatments = treatments;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public Treatment describe(
            CurrentUser user, Long id, @Nullable Integer expectedVersion, ReferralDetails details, String question) {
        Treatment treatment = current(user, id, expectedVersion);
        treatment.describeReferral(details, question.strip());
        return saved(treatment);
    }

    /** The screening by the current user; "does not fit" ends the referral. */
    public Treatment screen(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            LocalDate on,
            ScreeningOutcome outcome,
            Collection<ScreeningReason> reasons,
            @Nullable String otherReason) {
        Treatment treatment = current(user, id, expectedVersion);
        TreatmentDates.notAfter(on, LocalDate.now(clock));
        treatment.screen(Screening.of(on, outcome, reasons, otherReason, user.id()));
        return saved(treatment);
    }

    private Treatment current(CurrentUser user, Long id, @Nullable Integer expectedVersion) {
        Treatment treatment = treatments.require(user, id);
        if (expectedVersion != null && !expectedVersion.equals(treatment.getVersion())) {
            throw new OptimisticLockingFailureException("treatment " + id + " changed");
        }
        return treatment;
    }

    private Treatment saved(Treatment treatment) {
        Treatment saved = repository.save(treatment);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Treatments.OBJECT, saved.getId())
                .forClient(treatments.clientOf(saved).getReference(), saved.getId()));
        return saved;
    }
}
