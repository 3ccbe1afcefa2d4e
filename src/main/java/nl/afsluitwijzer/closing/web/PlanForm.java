package nl.afsluitwijzer.closing.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.shared.FirstSave;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The closing plan form; the fading-out dates arrive as repeated fadingOut parameters (blank ones are skipped). */
record PlanForm(
        @Nullable Integer version,
        @Nullable List<String> fadingOut,
        @Size(max = 4000) @Nullable String learned,
        @Size(max = 4000) @Nullable String keepResult,
        @Size(max = 4000) @Nullable String contacts,
        @Size(max = 2000) @Nullable String relatives,
        @Size(max = 1000) @Nullable String ehealth,
        @Nullable Set<SupportOption> support,
        @Nullable Boolean returnGuaranteeDiscussed,
        @Nullable ClosingRitual ritual,
        @Size(max = 1000) @Nullable String ritualNote,
        @Nullable Boolean endMeasurementDone) {

    static PlanForm of(ClosingPlan plan) {
        return new PlanForm(
                plan.getVersion(),
                texts(plan.fadingOutDates()),
                plan.getLearned(),
                plan.getKeepResult(),
                plan.getContacts(),
                plan.getRelatives(),
                plan.getEhealth(),
                plan.support(),
                plan.isReturnGuaranteeDiscussed(),
                plan.getRitual(),
                plan.getRitualNote(),
                plan.isEndMeasurementDone());
    }

    static PlanForm proposed(List<LocalDate> schedule) {
        // "no plan yet": saving it once someone else has saved a plan is a conflict, not an overwrite
        return new PlanForm(
                FirstSave.NONE, texts(schedule), null, null, null, null, null, Set.of(), false, null, null, false);
    }

    /** The dates to show: the filled-in ones and empty rows up to the maximum. */
    public List<String> scheduleRows() {
        List<String> rows = new ArrayList<>(
                fadingOut == null
                        ? List.of()
                        : fadingOut.stream()
                                .filter(d -> d != null && !d.isBlank())
                                .toList());
        while (rows.size() < FadingOut.MAX_SESSIONS) {
            rows.add("");
        }
        return rows;
    }

    /** The plan, or null after rejecting a date that is not a date. */
    @Nullable
    PlanDetails toDetails(BindingResult errors) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : fadingOut == null ? List.<String>of() : fadingOut) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                errors.rejectValue("fadingOut", "closing.fading-out.date");
                return null;
            }
        }
        return new PlanDetails(
                dates,
                learned,
                keepResult,
                contacts,
                relatives,
                ehealth,
                support == null ? Set.of() : new HashSet<>(support),
                Boolean.TRUE.equals(returnGuaranteeDiscussed),
                ritual,
                ritualNote,
                Boolean.TRUE.equals(endMeasurementDone));
    }

    private static List<String> texts(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }
}
