package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.List;

/** A treatment that starts right away with its agreements and goals (POST /api/v1/treatments). */
public record NewTreatment(String clientReference, LocalDate startDate, Agreements agreements, List<NewGoal> goals) {

    /** One spelling per reference (see {@link ClientReference}). */
    public NewTreatment {
        clientReference = ClientReference.checked(clientReference);
    }

    public record NewGoal(String description, String criterion) {
    }
}
