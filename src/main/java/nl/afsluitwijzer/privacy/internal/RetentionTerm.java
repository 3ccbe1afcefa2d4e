package nl.afsluitwijzer.privacy.internal;

import java.time.LocalDate;
import java.time.Period;
import nl.afsluitwijzer.treatment.ClientHistory;

/**
 * The WGBO retention term (art. 7:454 lid 3 BW): a record is kept twenty years from the end of the client's last
 * treatment. The term includes its last day: on the twentieth anniversary of the end the record is still within
 * its term, from the day after it is past. A client with an open treatment, or none that ended, is never past.
 */
public final class RetentionTerm {

    public static final Period TERM = Period.ofYears(20);

    private RetentionTerm() {}

    /** Whether the client's record is past its term on the given day. */
    public static boolean isPast(ClientHistory history, LocalDate today) {
        if (history.openTreatments() > 0 || history.lastEnd() == null) {
            return false;
        }
        return today.isAfter(history.lastEnd().plus(TERM));
    }
}
