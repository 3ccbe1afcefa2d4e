package nl.afsluitwijzer.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The closing plan of one treatment. It refuses changes once the treatment is closed, a schedule out of order,
 * closing without a reason, OTHER without a text, and missing checklist items without a reason for them.
 */
public class ClosingPlan {

    @Id
    private @Nullable Long id;

    private Long treatmentId;
    private LocalDate startedOn;
    private @Nullable String learned;
    private @Nullable String keepResult;
    private @Nullable String contacts;
    private @Nullable String relatives;
    private @Nullable String ehealth;
    private boolean returnGuaranteeDiscussed;
    private @Nullable ClosingRitual ritual;
    private @Nullable String ritualNote;
    private boolean endMeasurementDone;
    private @Nullable String handoverTo;
    private @Nullable String handoverOrganisation;
    private boolean handoverJointConversation;
    private boolean handoverWritten;
    private boolean handoverOral;
    private @Nullable String handoverReason;
    private @Nullable String handoverTried;
    private @Nullable String handoverRisks;
    private @Nullable String handoverAgreed;
    private @Nullable LocalDate closedOn;
    private @Nullable ClosingReason closingReason;
    private @Nullable String closingReasonText;
    private @Nullable String missingReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Integer version;

    @MappedCollection
    private Set<FadingOutSession> fadingOut = new HashSet<>();

    @MappedCollection
    private Set<ClosingSupport> support = new HashSet<>();

    @MappedCollection
    private Set<ClosingMissingItem> missingItems = new HashSet<>();

    @PersistenceCreator
    protected ClosingPlan() {}

    ClosingPlan(Long treatmentId, LocalDate startedOn, List<LocalDate> schedule, Instant now) {
        this.treatmentId = treatmentId;
        this.startedOn = startedOn;
        this.createdAt = now;
        this.updatedAt = now;
        schedule(schedule);
    }

    void update(PlanDetails details, Instant now) {
        requireOpen();
        schedule(details.fadingOut());
        learned = clean(details.learned());
        keepResult = clean(details.keepResult());
        contacts = clean(details.contacts());
        relatives = clean(details.relatives());
        ehealth = clean(details.ehealth());
        support = details.support().stream().map(ClosingSupport::new).collect(Collectors.toCollection(HashSet::new));
        returnGuaranteeDiscussed = details.returnGuaranteeDiscussed();
        ritual = details.ritual();
        ritualNote = clean(details.ritualNote());
        endMeasurementDone = details.endMeasurementDone();
        updatedAt = now;
    }

    void recordHandover(Handover handover) {
        requireOpen();
        handoverTo = clean(handover.to());
        handoverOrganisation = clean(handover.organisation());
        handoverJointConversation = handover.jointConversation();
        handoverWritten = handover.written();
        handoverOral = handover.oral();
        handoverReason = clean(handover.reason());
        handoverTried = clean(handover.tried());
        handoverRisks = clean(handover.risks());
        handoverAgreed = clean(handover.agreed());
    }

    /** Records how the treatment was closed and what was missing then, with the reason for it. */
    void close(Closure closure, Set<ChecklistItem> missing, Instant now) {
        requireOpen();
        if (closure.reason() == ClosingReason.OTHER && clean(closure.reasonText()) == null) {
            throw DomainException.refused("closing.reason.other-text-required");
        }
        if (!missing.isEmpty() && clean(closure.missingReason()) == null) {
            throw DomainException.refused("closing.missing.reason-required");
        }
        closingReason = closure.reason();
        closingReasonText = clean(closure.reasonText());
        missingReason = missing.isEmpty() ? null : clean(closure.missingReason());
        missingItems = missing.stream().map(ClosingMissingItem::new).collect(Collectors.toCollection(HashSet::new));
        closedOn = closure.date();
        updatedAt = now;
    }

    void requireOpen() {
        if (isClosed()) {
            throw DomainException.conflict("closing.plan.closed");
        }
    }

    private void schedule(List<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().sorted().toList();
        FadingOut.requireValid(sorted);
        fadingOut = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            fadingOut.add(new FadingOutSession(i + 1, sorted.get(i)));
        }
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /** The behoud-van-resultaat plan is there when it says what helps and whom to contact. */
    public boolean hasKeepResultPlan() {
        return keepResult != null && contacts != null;
    }

    public List<LocalDate> fadingOutDates() {
        return fadingOut.stream()
                .sorted(Comparator.comparingInt(FadingOutSession::sequenceNumber))
                .map(FadingOutSession::plannedOn)
                .toList();
    }

    public Set<SupportOption> support() {
        return support.stream().map(ClosingSupport::code).collect(Collectors.toUnmodifiableSet());
    }

    public List<ChecklistItem> missingItems() {
        return missingItems.stream().map(ClosingMissingItem::item).sorted().toList();
    }

    public Handover handover() {
        return new Handover(
                handoverTo,
                handoverOrganisation,
                handoverJointConversation,
                handoverWritten,
                handoverOral,
                handoverReason,
                handoverTried,
                handoverRisks,
                handoverAgreed);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getTreatmentId() {
        return treatmentId;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable String getLearned() {
        return learned;
    }

    public @Nullable String getKeepResult() {
        return keepResult;
    }

    public @Nullable String getContacts() {
        return contacts;
    }

    public @Nullable String getRelatives() {
        return relatives;
    }

    public @Nullable String getEhealth() {
        return ehealth;
    }

    public boolean isReturnGuaranteeDiscussed() {
        return returnGuaranteeDiscussed;
    }

    public @Nullable ClosingRitual getRitual() {
        return ritual;
    }

    public @Nullable String getRitualNote() {
        return ritualNote;
    }

    public boolean isEndMeasurementDone() {
        return endMeasurementDone;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable ClosingReason getClosingReason() {
        return closingReason;
    }

    public @Nullable String getClosingReasonText() {
        return closingReasonText;
    }

    public @Nullable String getMissingReason() {
        return missingReason;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
