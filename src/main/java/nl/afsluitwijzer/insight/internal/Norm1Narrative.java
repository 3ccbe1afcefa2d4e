package nl.afsluitwijzer.insight.internal;

import org.jspecify.annotations.Nullable;

/**
 * The practice's own account in the Norm 1 report, as the manager last saved it; both null while it has never been
 * saved (the page then offers the draft from the message bundle).
 *
 * @param version for optimistic locking: a save names the version it edited
 */
public record Norm1Narrative(
        @Nullable String text, @Nullable Integer version) {

    public static final int MAX_LENGTH = 20_000;
}
