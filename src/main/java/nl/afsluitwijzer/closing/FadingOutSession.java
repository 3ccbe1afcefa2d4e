package nl.afsluitwijzer.closing;

import java.time.LocalDate;

/** One planned session of the fading-out schedule. */
record FadingOutSession(int sequenceNumber, LocalDate plannedOn) {}
