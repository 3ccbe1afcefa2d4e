package nl.afsluitwijzer.treatment;

import nl.afsluitwijzer.shared.DomainException;

/** Not found or not yours: both answer 404, so the answer does not reveal that a treatment exists. */
public class TreatmentAccessDenied extends DomainException {

    public TreatmentAccessDenied() {
        super(DomainException.Kind.NOT_FOUND, "treatment.not-found");
    }
}
