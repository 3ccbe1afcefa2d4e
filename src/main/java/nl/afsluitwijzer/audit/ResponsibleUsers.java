package nl.afsluitwijzer.audit;

import java.util.Optional;

/**
 * Who is responsible for a treatment: its therapist's user name. The treatment module answers; the log
 * uses it to record on whose behalf a colleague or the manager opened a client's record, and in which
 * practice's log the entry belongs.
 */
public interface ResponsibleUsers {

    Optional<String> forTreatment(Long treatmentId);

    /** The practice a treatment belongs to, so its log entries belong to that practice. */
    Optional<Long> practiceOf(Long treatmentId);
}
