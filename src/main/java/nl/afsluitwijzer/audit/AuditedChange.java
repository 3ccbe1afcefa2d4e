package nl.afsluitwijzer.audit;

import java.util.Set;
import nl.afsluitwijzer.audit.internal.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Published, in the transaction of the change, for every successful change that was logged: a create, update,
 * delete or correction, with the treatment it concerns (null when it concerns none, such as the practice's policy)
 * and the practice of the entry. Every change to a client's data is logged, so this is the one place through which
 * data derived from a treatment's records (the caseload's signal state) learns that it is out of date.
 */
public record AuditedChange(
        @Nullable Long practiceId, @Nullable Long treatmentId, String objectType) {

    private static final Set<AuditAction> CHANGES =
            Set.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE, AuditAction.CORRECTION);

    static boolean isChange(AuditEvent event) {
        return event.outcome() == AuditOutcome.SUCCESS && CHANGES.contains(event.action());
    }
}
