package nl.afsluitwijzer.treatment;

import java.util.Optional;
import nl.afsluitwijzer.audit.ResponsibleUsers;
import nl.afsluitwijzer.practice.UserNames;
import org.springframework.stereotype.Component;

/**
 * Tells the access log whose client a treatment is: its therapist. When a colleague (waarneming) or the
 * manager opens the record, the log notes the therapist as the responsible user on whose behalf it was.
 */
@Component
class TreatingTherapists implements ResponsibleUsers {

    private final TreatmentRepository treatments;
    private final UserNames users;

    TreatingTherapists(TreatmentRepository treatments, UserNames users) {
        this.treatments = treatments;
        this.users = users;
    }

    @Override
    public Optional<String> forTreatment(Long treatmentId) {
        return treatments.findTherapistIdById(treatmentId).flatMap(users::usernameOf);
    }

    @Override
    public Optional<Long> practiceOf(Long treatmentId) {
        return treatments.findPracticeIdById(treatmentId);
    }
}
