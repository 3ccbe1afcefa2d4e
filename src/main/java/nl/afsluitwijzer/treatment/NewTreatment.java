package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A treatment that starts right away with its agreements and goals (POST /api/v1/treatments). linkReason:
 * why the user links it to an existing client whose file they may not see (break the glass), or null.
 */
public record NewTreatment(
        String clientReference,
        LocalDate startDate,
        Agreements agreements,
        List<NewGoal> goals,
        @Nullable String linkReason) {

    public NewTreatment(String clientReference, LocalDate startDate, Agreements agreements, List<NewGoal> goals) {
        this(clientReference, startDate, agreements, goals, null);
    }

    /** One spelling per reference (see {@link ClientReference}). */
    public NewTreatment {
        clientReference = ClientReference.checked(clientReference);
    }

    public record NewGoal(String description, @Nullable String criterion) {}
}
