package nl.afsluitwijzer.closing;

import org.jspecify.annotations.Nullable;

/**
 * The warm hand-over of a transfer (flyer 002): to whom, which organisation, a joint conversation with client and
 * new therapist, and a written and an oral hand-over.
 */
public record Handover(@Nullable String to, @Nullable String organisation, boolean jointConversation,
        boolean written, boolean oral) {

    public static Handover none() {
        return new Handover(null, null, false, false, false);
    }
}
