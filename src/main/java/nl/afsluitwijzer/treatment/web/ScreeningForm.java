package nl.afsluitwijzer.treatment.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The screening (pre-intake) of a referral: date, outcome and, for "does not fit", the reasons. */
record ScreeningForm(
        @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate screenedOn,

        @NotNull @Nullable ScreeningOutcome outcome,
        List<ScreeningReason> reasons,
        @Size(max = Screening.MAX_OTHER_REASON) String otherReason,
        @Nullable Integer version) {

    static ScreeningForm empty(LocalDate today, @Nullable Integer version) {
        return new ScreeningForm(today, null, List.of(), "", version);
    }

    List<ScreeningReason> givenReasons() {
        return reasons == null ? List.of() : reasons;
    }
}
