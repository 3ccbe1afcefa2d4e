package nl.afsluitwijzer.intervision;

import nl.afsluitwijzer.intervision.internal.PledgeKind;

/** What a participant takes along from the workshop. */
public record Pledge(PledgeKind kind, String content) {}
