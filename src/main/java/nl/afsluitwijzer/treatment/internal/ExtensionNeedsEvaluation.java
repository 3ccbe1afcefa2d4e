package nl.afsluitwijzer.treatment.internal;

import java.time.LocalDate;
import nl.afsluitwijzer.shared.DomainException;

/**
 * Raising E after the day the agreements were set: that is an extension, recorded only in an evaluation (decision
 * to continue, the new E and a coded reason), so that it counts in the indicators and the Norm 1 report.
 */
public class ExtensionNeedsEvaluation extends DomainException {

    public ExtensionNeedsEvaluation(int current, int requested, LocalDate agreementsSetOn) {
        super(
                DomainException.Kind.CONFLICT,
                "treatment.expected.raise-needs-evaluation",
                current,
                requested,
                agreementsSetOn);
    }
}
