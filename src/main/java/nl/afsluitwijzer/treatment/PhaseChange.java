package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/** One step in the treatment's phase history, with who made it and why. */
public record PhaseChange(LocalDate changedOn, Phase phase, String reason, Long changedBy, int sequenceNumber) {
}
