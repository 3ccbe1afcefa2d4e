package nl.afsluitwijzer.treatment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/** A session of a treatment: its date, its kind and whether the client came. */
public class TreatmentSession {

    @Id
    private @Nullable Long id;

    private Long treatmentId;
    private LocalDate sessionDate;
    private SessionKind kind;
    private boolean attended;
    private Instant recordedAt;

    @PersistenceCreator
    protected TreatmentSession() {}

    public TreatmentSession(
            Long treatmentId, LocalDate sessionDate, SessionKind kind, boolean attended, Instant recordedAt) {
        this.treatmentId = treatmentId;
        this.sessionDate = sessionDate;
        this.kind = kind;
        this.attended = attended;
        this.recordedAt = recordedAt;
    }

    /** A stored session as read by {@link TreatmentFileParts}. */
    static TreatmentSession read(
            Long id, Long treatmentId, LocalDate sessionDate, SessionKind kind, boolean attended, Instant recordedAt) {
        TreatmentSession session = new TreatmentSession(treatmentId, sessionDate, kind, attended, recordedAt);
        session.id = id;
        return session;
    }

    /** Counts towards n: attended and of kind treatment, evaluation or closing. */
    public boolean counts() {
        return attended && kind.counts();
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public SessionKind getKind() {
        return kind;
    }

    public boolean isAttended() {
        return attended;
    }
}
