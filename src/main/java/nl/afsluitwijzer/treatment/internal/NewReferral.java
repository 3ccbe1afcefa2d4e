package nl.afsluitwijzer.treatment.internal;

import java.time.LocalDate;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.ReferralDetails;
import org.jspecify.annotations.Nullable;

/** A registration for the waiting list: who, when, referred by whom, with which question, for which therapist. */
public record NewReferral(
        ClientDetails client,
        LocalDate registrationDate,
        String helpQuestion,
        boolean complex,
        @Nullable Long therapistId,
        ReferralDetails details) {

    /** Without referrer or eHealth details (the referrer stays unknown). */
    public NewReferral(
            ClientDetails client, LocalDate registrationDate, String helpQuestion, boolean complex, Long therapistId) {
        this(client, registrationDate, helpQuestion, complex, therapistId, ReferralDetails.unknown());
    }
}
