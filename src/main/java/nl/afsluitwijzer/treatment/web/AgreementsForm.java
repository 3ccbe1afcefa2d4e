package nl.afsluitwijzer.treatment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.Treatment;
import org.jspecify.annotations.Nullable;

/**
 * The behandelafspraken form, in the order of the sources: the client's own estimate first, then the
 * therapist's, then the agreed number; up to three first goals when none exist yet.
 */
record AgreementsForm(
        @Min(1) @Max(100) @Nullable Integer clientEstimateSessions,
        @Min(1) @Max(100) @Nullable Integer therapistEstimateSessions,
        @NotNull @Min(1) @Max(100) Integer expectedSessions,
        Boolean closingDiscussedAtStart,
        Boolean complex,
        @Nullable String primaryInstrument,
        @NotBlank @Size(max = 2000) String helpQuestion,
        @Size(max = 2000) @Nullable String scopeNote,
        @Size(max = 1000) String goal1,
        @Size(max = 1000) String criterion1,
        @Size(max = 1000) String goal2,
        @Size(max = 1000) String criterion2,
        @Size(max = 1000) String goal3,
        @Size(max = 1000) String criterion3,
        @Nullable Integer version) {

    static AgreementsForm of(Treatment treatment, int defaultExpected) {
        return new AgreementsForm(
                treatment.getClientEstimateSessions(),
                treatment.getTherapistEstimateSessions(),
                treatment.expectedSessions().orElse(defaultExpected),
                treatment.isClosingDiscussedAtStart(),
                treatment.isComplex(),
                treatment.getPrimaryInstrument(),
                treatment.getHelpQuestion(),
                treatment.getScopeNote(),
                "",
                "",
                "",
                "",
                "",
                "",
                treatment.getVersion());
    }

    Agreements toAgreements() {
        return new Agreements(
                clientEstimateSessions,
                therapistEstimateSessions,
                expectedSessions,
                Boolean.TRUE.equals(closingDiscussedAtStart),
                Boolean.TRUE.equals(complex),
                primaryInstrument == null || primaryInstrument.isBlank() ? null : primaryInstrument,
                helpQuestion.strip(),
                scopeNote == null || scopeNote.isBlank() ? null : scopeNote.strip());
    }

    /** The goals filled in, as description and criterion pairs. */
    List<String[]> newGoals() {
        List<String[]> goals = new ArrayList<>();
        addIfFilled(goals, goal1, criterion1);
        addIfFilled(goals, goal2, criterion2);
        addIfFilled(goals, goal3, criterion3);
        return goals;
    }

    private static void addIfFilled(List<String[]> goals, String goal, String criterion) {
        if (goal != null && !goal.isBlank()) {
            goals.add(new String[] {goal, criterion});
        }
    }
}
