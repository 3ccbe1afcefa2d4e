package nl.afsluitwijzer.closing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the therapist and client agree in the closing plan. */
public record PlanDetails(
        List<LocalDate> fadingOut,
        @Nullable String learned,
        @Nullable String keepResult,
        @Nullable String contacts,
        @Nullable String relatives,
        @Nullable String ehealth,
        Set<SupportOption> support,
        boolean returnGuaranteeDiscussed,
        @Nullable ClosingRitual ritual,
        @Nullable String ritualNote,
        boolean endMeasurementDone) {

    public PlanDetails {
        fadingOut = fadingOut.stream().sorted().toList();
        support = Set.copyOf(support);
    }
}
