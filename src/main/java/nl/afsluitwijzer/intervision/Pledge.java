package nl.afsluitwijzer.intervision;

/** What a participant takes along from the workshop. */
public record Pledge(PledgeKind kind, String content) {}
