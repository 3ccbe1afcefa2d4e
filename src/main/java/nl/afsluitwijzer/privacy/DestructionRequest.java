package nl.afsluitwijzer.privacy;

import java.time.Instant;
import java.time.LocalDate;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A request to destroy a client's record and what the manager decided. It is decided once: destroyed (the
 * reference becomes a neutral marker and the note goes) or refused with a reason; after that it only is kept.
 */
public class DestructionRequest {

    /** The WGBO gives the practice three months to carry out a request. */
    public static final int MONTHS_TO_DECIDE = 3;

    /** Who asked. */
    public enum RequestedBy {
        CLIENT,
        REPRESENTATIVE
    }

    /** What the manager chose. */
    public enum Decision {
        DESTROY,
        REFUSE
    }

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private Long clientId;
    private @Nullable String clientMarker;
    private LocalDate receivedOn;
    private RequestedBy requestedBy;
    private @Nullable String note;
    private String recordedBy;
    private Instant recordedAt;
    private @Nullable Decision decision;
    private @Nullable String refusalReason;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable Instant destroyedAt;
    /** The client while the request is undecided, else null: the unique key allows one open request per client. */
    private @Nullable Long openClientId;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected DestructionRequest() {}

    DestructionRequest(
            Long practiceId,
            Long clientId,
            LocalDate receivedOn,
            RequestedBy requestedBy,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt) {
        this.practiceId = practiceId;
        this.clientId = clientId;
        this.receivedOn = receivedOn;
        this.requestedBy = requestedBy;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.openClientId = clientId;
    }

    void refuse(String reason, String by, Instant at) {
        requireOpen();
        this.decision = Decision.REFUSE;
        this.openClientId = null;
        this.refusalReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void destroyed(String by, Instant at) {
        requireOpen();
        this.decision = Decision.DESTROY;
        this.openClientId = null;
        this.decidedBy = by;
        this.decidedAt = at;
        this.destroyedAt = at;
        this.clientMarker = markerOf(clientId);
        this.note = null;
    }

    /** How the requests name a client whose record was destroyed. */
    static String markerOf(Long clientId) {
        return "VERNIETIGD-" + clientId;
    }

    private void requireOpen() {
        if (decision != null) {
            throw DomainException.conflict("privacy.request.decided");
        }
    }

    public boolean isOpen() {
        return decision == null;
    }

    /** The date by which the request must be carried out. */
    public LocalDate deadline() {
        return receivedOn.plusMonths(MONTHS_TO_DECIDE);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getClientId() {
        return clientId;
    }

    public @Nullable String getClientMarker() {
        return clientMarker;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    public @Nullable String getRefusalReason() {
        return refusalReason;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Instant getDestroyedAt() {
        return destroyedAt;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
