package nl.afsluitwijzer.practice;

import java.util.Map;

/** Raised once when the demo practice and its users were created; other modules add their demo data. */
public record DemoPracticeCreated(Long practiceId, Map<String, Long> userIdsByUsername) {}
