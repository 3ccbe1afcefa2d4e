package nl.afsluitwijzer.portal;

import java.util.List;

/** What a client's page may know: the link's status, the client's first name and the questionnaires to fill in. */
public record OpenedLink(LinkStatus status, String firstName, List<String> instruments) {

    static OpenedLink unavailable(LinkStatus status) {
        return new OpenedLink(status, null, List.of());
    }
}
