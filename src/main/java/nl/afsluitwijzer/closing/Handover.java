package nl.afsluitwijzer.closing;

import org.jspecify.annotations.Nullable;

/**
 * The warm hand-over of a transfer (flyer 002): to whom, which organisation, a joint conversation with client and
 * new therapist, a written and an oral hand-over, and what the colleague and the GP need to act on it: why the
 * treatment is handed over, what was tried, the risks, and what was agreed with the client.
 */
public record Handover(
        @Nullable String to,
        @Nullable String organisation,
        boolean jointConversation,
        boolean written,
        boolean oral,
        @Nullable String reason,
        @Nullable String tried,
        @Nullable String risks,
        @Nullable String agreed) {

    /** The hand-over without the reason, what was tried, risks and agreements. */
    public Handover(
            @Nullable String to,
            @Nullable String organisation,
            boolean jointConversation,
            boolean written,
            boolean oral) {
        this(to, organisation, jointConversation, written, oral, null, null, null, null);
    }

    public static Handover none() {
        return new Handover(null, null, false, false, false);
    }

    /** Whether anything of the hand-over was recorded: then the treatment is being handed over. */
    public boolean recorded() {
        return filled(to)
                || filled(organisation)
                || filled(reason)
                || filled(tried)
                || filled(risks)
                || filled(agreed)
                || jointConversation
                || written
                || oral;
    }

    private static boolean filled(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
