package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The preparation of a case, as typed; no field for a client's name. {@code helpQuestionConfirmed} is the therapist's
 * confirmation that a help question copied from the treatment is anonymous as it stands.
 */
record CasePreparationForm(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 2000) String helpQuestion,

        @PlausibleDate(Kind.HAPPENED) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate treatmentStartedOn,

        @NotBlank @Size(max = 200) String duration,
        @NotBlank @Size(max = 2000) String triedTowardsClosing,
        @NotBlank @Size(max = 2000) String closingObstacles,
        Boolean helpQuestionConfirmed) {

    static CasePreparationForm empty() {
        return new CasePreparationForm("", "", null, "", "", "", false);
    }

    static CasePreparationForm of(CasePreparation preparation) {
        return new CasePreparationForm(
                preparation.title(),
                preparation.helpQuestion(),
                preparation.treatmentStartedOn(),
                preparation.duration(),
                preparation.triedTowardsClosing(),
                preparation.closingObstacles(),
                false);
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(helpQuestionConfirmed);
    }

    CasePreparation toPreparation() {
        return new CasePreparation(
                strip(title),
                strip(helpQuestion),
                treatmentStartedOn,
                strip(duration),
                strip(triedTowardsClosing),
                strip(closingObstacles));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
