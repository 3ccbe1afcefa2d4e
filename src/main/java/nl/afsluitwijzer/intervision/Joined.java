package nl.afsluitwijzer.intervision;

/**
 * A participant who joined or came back. {@code newToken} is the random id for the identity cookie when
 * the participant is new, and null when the browser's cookie already identified them.
 */
public record Joined(Participant participant, String newToken) {

    public boolean isNew() {
        return newToken != null;
    }
}
