package nl.afsluitwijzer.intervision;

import java.time.Duration;
import java.time.Instant;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One run of the workshop "Dilemma's en kansen": who facilitates, the join code, the current step and
 * when it began. Participants may join while it is open and younger than {@link #JOIN_WINDOW}.
 */
public class Workshop {

    static final Duration JOIN_WINDOW = Duration.ofHours(12);

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private Long facilitatorId;
    private String joinCode;
    private @Nullable String openJoinCode;
    private WorkshopStep step;
    private Instant startedAt;
    private Instant stepStartedAt;
    private Instant closedAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected Workshop() {}

    static Workshop start(Long practiceId, Long facilitatorId, JoinCode code, Instant now) {
        Workshop workshop = new Workshop();
        workshop.practiceId = practiceId;
        workshop.facilitatorId = facilitatorId;
        workshop.joinCode = code.value();
        workshop.openJoinCode = code.value();
        workshop.step = WorkshopStep.RECOGNITION;
        workshop.startedAt = now;
        workshop.stepStartedAt = now;
        return workshop;
    }

    /** Goes to another step and starts its timer; a closed session stays as it was. */
    void moveTo(WorkshopStep target, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("workshop " + id + " is closed");
        }
        if (target != step) {
            step = target;
            stepStartedAt = now;
        }
    }

    void close(Instant now) {
        if (isOpen()) {
            closedAt = now;
            openJoinCode = null;
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean acceptsParticipants(Instant now) {
        return isOpen() && startedAt.plus(JOIN_WINDOW).isAfter(now);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public JoinCode getJoinCode() {
        return new JoinCode(joinCode);
    }

    public WorkshopStep getStep() {
        return step;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getStepStartedAt() {
        return stepStartedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
