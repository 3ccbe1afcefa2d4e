package nl.afsluitwijzer.interop.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ClientReferenceText;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.Treatment;
import org.jspecify.annotations.Nullable;

/**
 * POST /api/v1/treatments. Without {@code expectedSessions} the policy in force on the start date decides
 * (12, or 16 when complex). An empty goal list is allowed: the AGREEMENTS_MISSING signal then reminds.
 * {@code linkReason}: needed to link to an existing client whose file the user may not see (break the glass).
 */
record NewTreatmentRequest(
        @NotBlank @Size(max = 100) @ClientReferenceText String clientReference,
        @PlausibleDate(Kind.HAPPENED) @NotNull LocalDate startDate,
        @NotBlank @Size(max = 2000) String helpQuestion,

        @Min(Treatment.MIN_EXPECTED) @Max(Treatment.MAX_EXPECTED) @Nullable
        Integer expectedSessions,

        @Min(Treatment.MIN_EXPECTED) @Max(Treatment.MAX_EXPECTED) @Nullable
        Integer clientEstimateSessions,

        @NotNull Boolean closingDiscussedAtStart,
        @Nullable Boolean complex,
        @NotBlank @Size(max = 32) String primaryInstrument,
        @NotNull List<@Valid @NotNull GoalRequest> goals,
        @Size(max = 1000) @Nullable String linkReason) {

    record GoalRequest(
            @NotBlank @Size(max = 1000) String description,
            @Size(max = 1000) @Nullable String criterion) {}

    boolean complexCase() {
        return Boolean.TRUE.equals(complex);
    }

    NewTreatment toCommand(int agreedSessions) {
        Agreements agreements = new Agreements(
                clientEstimateSessions,
                null,
                agreedSessions,
                closingDiscussedAtStart,
                complexCase(),
                primaryInstrument.strip(),
                helpQuestion.strip(),
                null);
        return new NewTreatment(
                clientReference.strip(),
                startDate,
                agreements,
                goals.stream()
                        .map(g -> new NewTreatment.NewGoal(g.description(), g.criterion()))
                        .toList(),
                linkReason);
    }
}
