package nl.afsluitwijzer.intervision;

import java.time.Instant;
import java.time.LocalDate;
import nl.afsluitwijzer.intervision.internal.CaseDiscussionStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A case brought into "Complexe casuïstiek": its preparation, then the meeting through five steps. It
 * refuses changes once finished; the worksheet entries live in their own table (see {@link CaseDiscussions}).
 */
public class CaseDiscussion {

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private Long presenterId;
    private String title;
    private String helpQuestion;
    private @Nullable LocalDate treatmentStartedOn;
    private @Nullable Long treatmentId;
    private String duration;
    private String triedTowardsClosing;
    private String closingObstacles;
    private boolean helpQuestionReviewed;
    private @Nullable String reflection;
    private CaseDiscussionStep step;
    private Instant stepStartedAt;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected CaseDiscussion() {}

    static CaseDiscussion prepare(
            Long practiceId,
            Long presenterId,
            CasePreparation preparation,
            @Nullable Long treatmentId,
            boolean helpQuestionReviewed,
            Instant now) {
        CaseDiscussion discussion = new CaseDiscussion();
        discussion.treatmentId = treatmentId;
        discussion.practiceId = practiceId;
        discussion.presenterId = presenterId;
        discussion.createdAt = now;
        discussion.revise(preparation, helpQuestionReviewed);
        return discussion;
    }

    /**
     * New preparation texts; {@code helpQuestionReviewed} says whether the help question is fit to share: rewritten
     * from the treatment's or confirmed by the therapist as anonymous (see {@link CaseAnonymity}).
     */
    void revise(CasePreparation preparation, boolean helpQuestionReviewed) {
        refuseWhenFinished();
        this.helpQuestionReviewed = helpQuestionReviewed;
        title = preparation.title();
        helpQuestion = preparation.helpQuestion();
        treatmentStartedOn = preparation.treatmentStartedOn();
        duration = preparation.duration();
        triedTowardsClosing = preparation.triedTowardsClosing();
        closingObstacles = preparation.closingObstacles();
    }

    /** Starts the meeting at step 1, or moves to another step; either way that step's timer starts. */
    void moveTo(CaseDiscussionStep target, Instant now) {
        refuseWhenFinished();
        if (startedAt == null) {
            startedAt = now;
        }
        if (target != step) {
            step = target;
            stepStartedAt = now;
        }
    }

    /** Step 3, the reflective round: what the participants recognise in their own practice (null when blank). */
    void recordReflection(@Nullable String text) {
        refuseWhenFinished();
        reflection = text;
    }

    void finish(Instant now) {
        refuseWhenFinished();
        if (startedAt == null) {
            throw new IllegalStateException("case discussion " + id + " has not started");
        }
        finishedAt = now;
    }

    private void refuseWhenFinished() {
        if (finishedAt != null) {
            throw new IllegalStateException("case discussion " + id + " is finished");
        }
    }

    public CaseDiscussionStatus getStatus() {
        if (finishedAt != null) {
            return CaseDiscussionStatus.FINISHED;
        }
        return startedAt == null ? CaseDiscussionStatus.PREPARED : CaseDiscussionStatus.RUNNING;
    }

    public CasePreparation getPreparation() {
        return new CasePreparation(
                title, helpQuestion, treatmentStartedOn, duration, triedTowardsClosing, closingObstacles);
    }

    /**
     * Whether the help question may be shown to colleagues and printed: a case entered by hand, or one whose help
     * question was rewritten from the treatment's or confirmed as anonymous. Otherwise it is the client's own words.
     */
    public boolean isHelpQuestionShareable() {
        return treatmentId == null || helpQuestionReviewed;
    }

    /** The notes of the reflective round (step 3), or null. */
    public @Nullable String getReflection() {
        return reflection;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    /** The treatment this case is about, or null for a case entered by hand. */
    public @Nullable Long getTreatmentId() {
        return treatmentId;
    }

    public Long getPresenterId() {
        return presenterId;
    }

    public String getTitle() {
        return title;
    }

    public CaseDiscussionStep getStep() {
        return step;
    }

    public Instant getStepStartedAt() {
        return stepStartedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
