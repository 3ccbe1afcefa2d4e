package nl.afsluitwijzer.intervision;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.intervision.internal.CaseAnonymity;
import nl.afsluitwijzer.intervision.internal.CaseDiscussionFinished;
import nl.afsluitwijzer.intervision.internal.CaseDiscussionStatus;
import nl.afsluitwijzer.intervision.internal.Worksheet;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Complexe casuïstiek": prepare a case, run the five steps, fill in the worksheet, finish. Any therapist
 * or manager of the practice may take part; another practice's case is "not found".
 */
@Service
public class CaseDiscussions {

    public static final int REFLECTION_LENGTH = 4000;
    private static final String NOT_FOUND = "intervision.case.not-found";

    private final CaseDiscussionRepository discussions;
    private final WorksheetEntries worksheet;
    private final ApplicationEventPublisher events;
    private final CaseAnonymity anonymity;
    private final Clock clock;

    CaseDiscussions(
            CaseDiscussionRepository discussions,
            WorksheetEntries worksheet,
            ApplicationEventPublisher events,
            CaseAnonymity anonymity,
            Clock clock) {
        this.anonymity = anonymity;
        this.discussions = discussions;
        this.worksheet = worksheet;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CaseDiscussion prepare(CurrentUser presenter, CasePreparation preparation) {
        return prepare(presenter, preparation, null);
    }

    /** A case about a treatment the presenter may see (checked by the caller through the treatment module). */
    @Transactional
    public CaseDiscussion prepare(CurrentUser presenter, CasePreparation preparation, @Nullable Long treatmentId) {
        return prepare(presenter, preparation, treatmentId, false);
    }

    /**
     * As {@link #prepare(CurrentUser, CasePreparation, Long)}; {@code helpQuestionConfirmed} when the therapist
     * confirmed that a help question still copied from the treatment is anonymous. The caller has refused names and
     * references ({@link CaseAnonymity#check}); an unconfirmed copy is saved but never shown or printed.
     */
    @Transactional
    public CaseDiscussion prepare(
            CurrentUser presenter,
            CasePreparation preparation,
            @Nullable Long treatmentId,
            boolean helpQuestionConfirmed) {
        return discussions.save(CaseDiscussion.prepare(
                presenter.practiceId(),
                presenter.id(),
                preparation,
                treatmentId,
                reviewed(presenter, treatmentId, preparation, helpQuestionConfirmed),
                clock.instant()));
    }

    public CaseDiscussion find(CurrentUser user, Long id) {
        return discussions
                .findByIdAndPracticeId(id, user.practiceId())
                .orElseThrow(() -> DomainException.notFound(NOT_FOUND));
    }

    public List<CaseDiscussion> listFor(CurrentUser user) {
        return discussions.findByPracticeIdOrderByCreatedAtDesc(user.practiceId());
    }

    @Transactional
    public CaseDiscussion revise(CurrentUser user, Long id, CasePreparation preparation) {
        return revise(user, id, preparation, false);
    }

    @Transactional
    public CaseDiscussion revise(
            CurrentUser user, Long id, CasePreparation preparation, boolean helpQuestionConfirmed) {
        CaseDiscussion discussion = unfinished(user, id);
        discussion.revise(preparation, reviewed(user, discussion.getTreatmentId(), preparation, helpQuestionConfirmed));
        return saved(discussion);
    }

    /**
     * Records the notes of the reflective round (step 3); blank clears them. {@code knownVersion} is the version the
     * form was opened on: a case changed since is a conflict, not a silent overwrite.
     */
    @Transactional
    public CaseDiscussion recordReflection(
            CurrentUser user, Long id, @Nullable String text, @Nullable Integer knownVersion) {
        CaseDiscussion discussion = unfinished(user, id);
        if (knownVersion != null && !knownVersion.equals(discussion.getVersion())) {
            throw DomainException.conflict("intervision.case.changed");
        }
        String flat = text == null ? "" : text.strip();
        if (flat.length() > REFLECTION_LENGTH) {
            throw new IllegalArgumentException("reflection must have at most " + REFLECTION_LENGTH + " characters");
        }
        discussion.recordReflection(flat.isEmpty() ? null : flat);
        return saved(discussion);
    }

    private boolean reviewed(
            CurrentUser user, @Nullable Long treatmentId, CasePreparation preparation, boolean confirmed) {
        return confirmed || !anonymity.copiedFromTreatment(user, treatmentId, preparation.helpQuestion());
    }

    /** Starts the meeting or moves it to another step. */
    @Transactional
    public CaseDiscussion moveTo(CurrentUser user, Long id, CaseDiscussionStep step) {
        CaseDiscussion discussion = unfinished(user, id);
        discussion.moveTo(step, clock.instant());
        return saved(discussion);
    }

    @Transactional
    public CaseDiscussion finish(CurrentUser user, Long id) {
        CaseDiscussion discussion = unfinished(user, id);
        if (discussion.getStatus() == CaseDiscussionStatus.PREPARED) {
            throw DomainException.conflict("intervision.case.not-started");
        }
        discussion.finish(clock.instant());
        CaseDiscussion finished = saved(discussion);
        events.publishEvent(new CaseDiscussionFinished(
                Objects.requireNonNull(finished.getId(), "stored"),
                finished.getPracticeId(),
                finished.getFinishedAt(),
                finished.getTreatmentId(),
                user));
        return finished;
    }

    public Worksheet worksheet(CaseDiscussion discussion) {
        return worksheet.of(Objects.requireNonNull(discussion.getId(), "stored"));
    }

    @Transactional
    public void addEntry(CurrentUser user, Long id, WorksheetEntryKind kind, SystemLevel level, String content) {
        worksheet.add(
                Objects.requireNonNull(unfinished(user, id).getId(), "stored"),
                kind,
                level,
                FreeText.oneLine(content, 300),
                clock.instant());
    }

    @Transactional
    public void removeEntry(CurrentUser user, Long id, Long entryId) {
        worksheet.remove(Objects.requireNonNull(unfinished(user, id).getId(), "stored"), entryId);
    }

    @Transactional
    public void addInsight(CurrentUser user, Long id, @Nullable String participant, String content) {
        String name = participant == null || participant.isBlank() ? null : FreeText.oneLine(participant, 100);
        worksheet.addInsight(
                Objects.requireNonNull(unfinished(user, id).getId(), "stored"),
                name,
                FreeText.oneLine(content, 500),
                clock.instant());
    }

    private CaseDiscussion unfinished(CurrentUser user, Long id) {
        CaseDiscussion discussion = find(user, id);
        if (discussion.getStatus() == CaseDiscussionStatus.FINISHED) {
            throw DomainException.conflict("intervision.case.finished");
        }
        return discussion;
    }

    private CaseDiscussion saved(CaseDiscussion discussion) {
        try {
            return discussions.save(discussion);
        } catch (OptimisticLockingFailureException e) {
            throw DomainException.conflict("intervision.case.changed");
        }
    }
}
