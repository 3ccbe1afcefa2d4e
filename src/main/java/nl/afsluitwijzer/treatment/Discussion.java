package nl.afsluitwijzer.treatment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/** The treatment discussed in intervision, the team or the MDO ("bespreek de casus in het team of in intervisie"). */
public class Discussion {

    @Id
    private @Nullable Long id;

    private Long treatmentId;
    private LocalDate discussedOn;
    private DiscussionKind kind;
    private @Nullable String note;
    private Instant recordedAt;

    @PersistenceCreator
    protected Discussion() {}

    public Discussion(
            Long treatmentId, LocalDate discussedOn, DiscussionKind kind, @Nullable String note, Instant recordedAt) {
        this.treatmentId = treatmentId;
        this.discussedOn = discussedOn;
        this.kind = kind;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    /** A stored discussion as read for many treatments at once by {@link TreatmentFileParts}. */
    static Discussion read(
            Long id,
            Long treatmentId,
            LocalDate discussedOn,
            DiscussionKind kind,
            @Nullable String note,
            Instant recordedAt) {
        Discussion discussion = new Discussion(treatmentId, discussedOn, kind, note, recordedAt);
        discussion.id = id;
        return discussion;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public LocalDate getDiscussedOn() {
        return discussedOn;
    }

    public DiscussionKind getKind() {
        return kind;
    }

    public @Nullable String getNote() {
        return note;
    }
}
