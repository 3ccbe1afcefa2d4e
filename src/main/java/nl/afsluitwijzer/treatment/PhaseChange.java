package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step in the treatment's phase history, with who made it and why. */
public record PhaseChange(
        LocalDate changedOn, Phase phase, @Nullable String reason, Long changedBy, int sequenceNumber) {}
