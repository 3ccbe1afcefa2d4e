package nl.afsluitwijzer.intervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.intervision.ContributionLimits;
import nl.afsluitwijzer.intervision.internal.PledgeKind;

/** Step 4 on the phone: "Ik ga oefenen met…" or "Ik wil meer aandacht geven aan…" and the rest of the sentence. */
record PledgeForm(
        @NotNull PledgeKind kind,

        @NotBlank @Size(max = ContributionLimits.PLEDGE_LENGTH)
        String content) {

    static PledgeForm empty() {
        return new PledgeForm(PledgeKind.PRACTISE, "");
    }
}
