package nl.afsluitwijzer.practice;

import java.util.Map;

/** Raised once, inside the set-up's transaction, when the demo practice and its users were created; the demo module fills it. */
public record DemoPracticeCreated(Long practiceId, Map<String, Long> userIdsByUsername) {}
