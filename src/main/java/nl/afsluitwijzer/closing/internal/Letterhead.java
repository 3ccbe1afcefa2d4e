package nl.afsluitwijzer.closing.internal;

import org.jspecify.annotations.Nullable;

/** The lines under the practice name on every letter (address, telephone); version null until first saved. */
public record Letterhead(String text, @Nullable Integer version) {}
