package nl.afsluitwijzer.practice;

import java.time.Instant;

/**
 * A saved version of the practice policy with who saved it and when: the display name of the user, or null when
 * the application set it (demo data, a job) or the user no longer exists.
 */
public record PolicyVersion(Policy policy, String savedBy, Instant savedAt) {}
