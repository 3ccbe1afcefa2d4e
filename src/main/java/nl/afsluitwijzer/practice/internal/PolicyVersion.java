package nl.afsluitwijzer.practice.internal;

import java.time.Instant;
import nl.afsluitwijzer.practice.Policy;

/**
 * A saved version of the practice policy with who saved it and when: the display name of the user, or null when
 * the application set it (demo data, a job) or the user no longer exists.
 */
public record PolicyVersion(Policy policy, String savedBy, Instant savedAt) {}
