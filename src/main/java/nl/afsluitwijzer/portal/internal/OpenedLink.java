package nl.afsluitwijzer.portal.internal;

import java.util.List;
import nl.afsluitwijzer.portal.LinkPurpose;
import org.jspecify.annotations.Nullable;

/** What a client's page may know: the link's status, the client's first name and the questionnaires to fill in. */
public record OpenedLink(
        LinkStatus status,
        @Nullable String firstName,
        List<String> instruments,
        @Nullable LinkPurpose purpose) {

    public static OpenedLink unavailable(LinkStatus status) {
        return new OpenedLink(status, null, List.of(), null);
    }

    public boolean forClosing() {
        return purpose == LinkPurpose.CLOSING;
    }

    public boolean forNextAppointment() {
        return purpose == LinkPurpose.NEXT_APPOINTMENT;
    }
}
