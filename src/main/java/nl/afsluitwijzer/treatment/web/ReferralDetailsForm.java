package nl.afsluitwijzer.treatment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.Treatment;
import org.jspecify.annotations.Nullable;

/** Correcting a referral afterwards: referrer, eHealth offered while waiting, the referral question. */
record ReferralDetailsForm(
        @NotNull @Nullable ReferrerKind referrerKind,
        @Size(max = 200) @Nullable String referrerName,
        Boolean ehealthOffered,
        @Size(max = 500) @Nullable String ehealthOffer,
        @NotBlank @Size(max = 2000) String helpQuestion,
        @Nullable Integer version) {

    static ReferralDetailsForm of(Treatment treatment) {
        ReferralDetails details = treatment.referral();
        return new ReferralDetailsForm(
                details.referrerKind(),
                details.referrerName(),
                details.ehealthOffered(),
                details.ehealthOffer(),
                treatment.getHelpQuestion(),
                treatment.getVersion());
    }

    ReferralDetails details() {
        return new ReferralDetails(referrerKind, referrerName, Boolean.TRUE.equals(ehealthOffered), ehealthOffer);
    }
}
