package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import nl.afsluitwijzer.practice.CurrentUser;

/** A treatment was discussed in intervision, the team or the MDO. */
public record DiscussionRecorded(Long treatmentId, LocalDate date, DiscussionKind kind, CurrentUser by) {}
