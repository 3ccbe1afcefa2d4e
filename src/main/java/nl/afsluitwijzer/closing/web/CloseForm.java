package nl.afsluitwijzer.closing.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a treatment: the reason, the date, the warm hand-over for a transfer and why items are missing. */
record CloseForm(
        @Nullable Integer treatmentVersion,
        @Nullable Integer planVersion,
        @NotNull ClosingReason reason,
        @Size(max = 1000) @Nullable String reasonText,

        @PlausibleDate(Kind.HAPPENED) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @Size(max = 200) @Nullable String handoverTo,
        @Size(max = 200) @Nullable String handoverOrganisation,
        @Nullable Boolean jointConversation,
        @Nullable Boolean writtenHandover,
        @Nullable Boolean oralHandover,
        @Size(max = 2000) @Nullable String handoverReason,
        @Size(max = 2000) @Nullable String handoverTried,
        @Size(max = 2000) @Nullable String handoverRisks,
        @Size(max = 2000) @Nullable String handoverAgreed,
        @Size(max = 1000) @Nullable String missingReason) {

    static CloseForm start(@Nullable Integer treatmentVersion, @Nullable ClosingPlan plan, LocalDate today) {
        Handover handover = plan == null ? Handover.none() : plan.handover();
        ClosingReason reason = handover.recorded() ? ClosingReason.TRANSFERRED : ClosingReason.GOAL_REACHED;
        return new CloseForm(
                treatmentVersion,
                plan == null ? null : plan.getVersion(),
                reason,
                null,
                today,
                handover.to(),
                handover.organisation(),
                handover.jointConversation(),
                handover.written(),
                handover.oral(),
                handover.reason(),
                handover.tried(),
                handover.risks(),
                handover.agreed(),
                null);
    }

    Handover handover() {
        return new Handover(
                handoverTo,
                handoverOrganisation,
                Boolean.TRUE.equals(jointConversation),
                Boolean.TRUE.equals(writtenHandover),
                Boolean.TRUE.equals(oralHandover),
                handoverReason,
                handoverTried,
                handoverRisks,
                handoverAgreed);
    }

    Closure toClosure() {
        return new Closure(reason, reasonText, date, handover(), missingReason);
    }

    /** Which field a refusal belongs to, so its message appears next to it. */
    static String fieldOf(String messageKey) {
        if (messageKey.contains("missing")) {
            return "missingReason";
        }
        if (messageKey.contains("other-text")) {
            return "reasonText";
        }
        return messageKey.contains("date") ? "date" : "reason";
    }
}
