package nl.afsluitwijzer.treatment;

import nl.afsluitwijzer.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** Not found or not yours: both answer 404, so the answer does not reveal that a treatment exists. */
public class TreatmentAccessDenied extends ProblemException {

    public TreatmentAccessDenied() {
        super(HttpStatus.NOT_FOUND, "treatment.not-found");
    }
}
