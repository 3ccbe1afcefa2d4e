package nl.afsluitwijzer.closing.internal;

import java.time.LocalDate;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import org.jspecify.annotations.Nullable;

/**
 * Closing a treatment: the reason (OTHER with a text), the date, the hand-over for a transfer, and the reason why
 * checklist items are missing, which is required as soon as one is.
 */
public record Closure(
        ClosingReason reason,
        @Nullable String reasonText,
        LocalDate date,
        Handover handover,
        @Nullable String missingReason) {}
