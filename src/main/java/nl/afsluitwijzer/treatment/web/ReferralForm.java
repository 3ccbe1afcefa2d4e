package nl.afsluitwijzer.treatment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.ClientReference;
import nl.afsluitwijzer.treatment.ClientReferenceText;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.internal.NewReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form for the waiting list. */
record ReferralForm(
        @NotBlank @Size(max = 100) @ClientReferenceText @Pattern(regexp = "[\\p{L}0-9 ._/-]*")
        String reference,

        @NotBlank @Size(max = 200) String displayName,
        @Min(1900) @Max(2100) @Nullable Integer birthYear,
        @Size(max = 200) String gpName,
        @Size(max = 200) String gpPractice,

        @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate registrationDate,

        @NotBlank @Size(max = 2000) String helpQuestion,
        Boolean complex,
        @Nullable Long therapistId,
        @NotNull ReferrerKind referrerKind,
        @Size(max = 200) String referrerName,
        Boolean ehealthOffered,
        @Size(max = 500) String ehealthOffer) {

    /** The reference in one spelling before it is checked (see {@link ClientReference}). */
    ReferralForm {
        reference = ClientReference.normalised(reference);
    }

    static ReferralForm empty(LocalDate today) {
        return new ReferralForm("", "", null, "", "", today, "", false, null, ReferrerKind.GP, "", false, "");
    }

    NewReferral toReferral() {
        return new NewReferral(
                new ClientDetails(reference.strip(), displayName.strip(), birthYear, blank(gpName), blank(gpPractice)),
                registrationDate,
                helpQuestion,
                Boolean.TRUE.equals(complex),
                therapistId,
                new ReferralDetails(referrerKind, referrerName, Boolean.TRUE.equals(ehealthOffered), ehealthOffer));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
