package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How long ago a client's care ended, for the retention term.
 *
 * @param openTreatments treatments that have not ended (referred, intake, treatment, closing)
 * @param lastEnd the latest end of an ended treatment (its end date, else its start or registration date), or
 *     null when the client has no ended treatment
 */
public record ClientHistory(
        Long practiceId,
        Long clientId,
        int openTreatments,
        @Nullable LocalDate lastEnd) {}
