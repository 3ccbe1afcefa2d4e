package nl.afsluitwijzer.treatment;

import java.time.LocalDate;

/** A treatment was discussed in intervision, the team or the MDO. */
public record DiscussionRecorded(Long treatmentId, LocalDate date, DiscussionKind kind) {}
