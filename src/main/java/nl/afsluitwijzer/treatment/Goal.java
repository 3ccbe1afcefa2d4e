package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A concrete, behavioural treatment goal with its success criterion and the history of its status. */
public class Goal {

    @Id
    private @Nullable Long id;

    private Long treatmentId;
    private String description;
    private @Nullable String criterion;
    private LocalDate addedOn;
    private GoalStatus status;

    @Version
    private @Nullable Integer version;

    @MappedCollection
    private Set<GoalStatusChange> statusChanges = new HashSet<>();

    @PersistenceCreator
    protected Goal() {}

    public Goal(Long treatmentId, String description, @Nullable String criterion, LocalDate addedOn) {
        this.treatmentId = treatmentId;
        this.description = description;
        this.criterion = criterion;
        this.addedOn = addedOn;
        this.status = GoalStatus.ACTIVE;
    }

    /** A stored goal with its status history, as read by {@link TreatmentFileParts}. */
    static Goal read(
            Long id,
            Long treatmentId,
            String description,
            @Nullable String criterion,
            LocalDate addedOn,
            GoalStatus status,
            Integer version,
            Set<GoalStatusChange> statusChanges) {
        Goal goal = new Goal(treatmentId, description, criterion, addedOn);
        goal.id = id;
        goal.status = status;
        goal.version = version;
        goal.statusChanges = statusChanges;
        return goal;
    }

    public void changeStatus(GoalStatus newStatus, LocalDate on) {
        if (newStatus == status) {
            return;
        }
        status = newStatus;
        statusChanges.add(new GoalStatusChange(on, newStatus, statusChanges.size() + 1));
    }

    public List<GoalStatusChange> statusHistory() {
        return statusChanges.stream()
                .sorted(Comparator.comparingInt(GoalStatusChange::sequenceNumber))
                .toList();
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable String getCriterion() {
        return criterion;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
