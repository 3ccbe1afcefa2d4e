package nl.afsluitwijzer.intervision;

import org.jspecify.annotations.Nullable;

/**
 * A participant who joined or came back. {@code newToken} is the random id for the identity cookie when
 * the participant is new, and null when the browser's cookie already identified them.
 */
public record Joined(Participant participant, @Nullable String newToken) {

    public boolean isNew() {
        return newToken != null;
    }
}
