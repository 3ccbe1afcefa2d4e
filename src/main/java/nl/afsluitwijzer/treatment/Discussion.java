package nl.afsluitwijzer.treatment;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** The treatment discussed in intervision, the team or the MDO ("bespreek de casus in het team of in intervisie"). */
public class Discussion {

    @Id
    private Long id;
    private Long treatmentId;
    private LocalDate discussedOn;
    private DiscussionKind kind;
    private String note;
    private Instant recordedAt;

    protected Discussion() {
    }

    public Discussion(Long treatmentId, LocalDate discussedOn, DiscussionKind kind, String note, Instant recordedAt) {
        this.treatmentId = treatmentId;
        this.discussedOn = discussedOn;
        this.kind = kind;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    /** A stored discussion as read for many treatments at once by {@link TreatmentFileParts}. */
    static Discussion read(Long id, Long treatmentId, LocalDate discussedOn, DiscussionKind kind, String note,
            Instant recordedAt) {
        Discussion discussion = new Discussion(treatmentId, discussedOn, kind, note, recordedAt);
        discussion.id = id;
        return discussion;
    }

    public Long getId() { return id; }
    public Long getTreatmentId() { return treatmentId; }
    public LocalDate getDiscussedOn() { return discussedOn; }
    public DiscussionKind getKind() { return kind; }
    public String getNote() { return note; }
}
