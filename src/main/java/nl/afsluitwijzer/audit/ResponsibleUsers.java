package nl.afsluitwijzer.audit;

import java.util.Optional;

/**
 * Who is responsible for a treatment: its therapist's user name. The treatment module answers; the log
 * uses it to record on whose behalf a colleague or the manager opened a client's record.
 */
public interface ResponsibleUsers {

    Optional<String> forTreatment(Long treatmentId);
}
