package nl.afsluitwijzer.practice;

import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who must use a second factor. Managers and administrators always; therapists unless the practice
 * policy turns it off (default: required). Only in demo mode, and only in the demo practice, is it
 * offered without being enforced, so the demo users can sign in with their password alone until they
 * enrol themselves. Whoever has enrolled is always asked for a code.
 */
@Service
public class SecondFactorPolicy {

    /** Session flag set at sign-in while a user who must have a second factor has not enrolled yet. */
    public static final String MUST_ENROL = "afsluitwijzer.mustEnrolSecondFactor";

    public static final String ENROLMENT_PAGE = "/profiel/tweestaps";

    private final PracticeRepository practices;
    private final DemoMode demoMode;
    private final AuditLog audit;

    SecondFactorPolicy(PracticeRepository practices, DemoMode demoMode, AuditLog audit) {
        this.practices = practices;
        this.demoMode = demoMode;
        this.audit = audit;
    }

    public boolean requiredFor(CurrentUser user) {
        Practice practice = practices.findById(user.practiceId()).orElseThrow();
        boolean enforced = practice.isTwoFactorRequired() || !demoMode.enabled();
        return enforced && (user.role() != Role.THERAPIST || practice.isTherapistsNeedTwoFactor());
    }

    public boolean therapistsNeedTwoFactor(Long practiceId) {
        return practices.findById(practiceId).orElseThrow().isTherapistsNeedTwoFactor();
    }

    /** Whether this practice enforces enrolment at all (false only for the demo practice in demo mode). */
    public boolean enforced(Long practiceId) {
        return practices.findById(practiceId).orElseThrow().isTwoFactorRequired() || !demoMode.enabled();
    }

    @Transactional
    public void setTherapistsNeedTwoFactor(Long practiceId, boolean required) {
        Practice practice = practices.findById(practiceId).orElseThrow();
        practice.requireTwoFactorForTherapists(required);
        practices.save(practice);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "POLICY_TWO_FACTOR", required));
    }
}
