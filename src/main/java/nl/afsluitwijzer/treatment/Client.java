package nl.afsluitwijzer.treatment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A client: a reference from the EPD or a pseudonym, a name for letters, birth year and GP — nothing more. */
public class Client {

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private String reference;
    private String displayName;
    private @Nullable Integer birthYear;
    private @Nullable String gpName;
    private @Nullable String gpPractice;
    private Instant createdAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected Client() {}

    public Client(Long practiceId, ClientDetails details, Instant createdAt) {
        this.practiceId = practiceId;
        this.reference = details.reference();
        this.createdAt = createdAt;
        update(details);
    }

    /** A stored client as read for many treatments at once by {@link TreatmentFileParts}. */
    static Client read(
            Long id,
            Long practiceId,
            String reference,
            String displayName,
            @Nullable Integer birthYear,
            @Nullable String gpName,
            @Nullable String gpPractice,
            Instant createdAt,
            @Nullable Integer version) {
        Client client = new Client();
        client.id = id;
        client.practiceId = practiceId;
        client.reference = reference;
        client.displayName = displayName;
        client.birthYear = birthYear;
        client.gpName = gpName;
        client.gpPractice = gpPractice;
        client.createdAt = createdAt;
        client.version = version;
        return client;
    }

    public final void update(ClientDetails details) {
        this.displayName = details.displayName();
        this.birthYear = details.birthYear();
        this.gpName = details.gpName();
        this.gpPractice = details.gpPractice();
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getReference() {
        return reference;
    }

    public String getDisplayName() {
        return displayName;
    }

    /**
     * Whether the client has a name of their own. A client started without one (through the API, with only a
     * reference) carries the reference as display name; such a client is addressed neutrally, never by the reference.
     */
    public boolean hasName() {
        return displayName != null
                && !displayName.isBlank()
                && !displayName.strip().equals(reference);
    }

    public @Nullable Integer getBirthYear() {
        return birthYear;
    }

    public @Nullable String getGpName() {
        return gpName;
    }

    public @Nullable String getGpPractice() {
        return gpPractice;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
