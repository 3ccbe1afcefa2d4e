package nl.afsluitwijzer.treatment;

import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;

/**
 * Who referred the client and what eHealth was offered while waiting (004_… §3: "eHealth tijdens de wachttijd
 * als overbrugging"). The referrer is unknown (null) only for referrals registered before it was asked.
 */
public record ReferralDetails(
        @Nullable ReferrerKind referrerKind,
        @Nullable String referrerName,
        boolean ehealthOffered,
        @Nullable String ehealthOffer) {

    public static ReferralDetails unknown() {
        return new ReferralDetails(null, null, false, null);
    }

    /** Blank texts become null; an offer's name is only kept when eHealth was offered. */
    public ReferralDetails {
        referrerName = StringUtils.stripToNull(referrerName);
        ehealthOffer = ehealthOffered ? StringUtils.stripToNull(ehealthOffer) : null;
    }
}
